import type { Finding, FindingLocation } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ResolvedSet } from '../set/resolved-set.js';

/** Unknown codes still listed, one finding each, after the set-mismatch error. */
const LISTED = 10;
/** Fewer unknown codes than this are typos to point at one by one, not another set. */
const MIN_UNKNOWN = 3;

/**
 * A file written for another set (spec §6): when fewer than half of the indicator codes or names
 * in its header row or indicator column belong to the set, one error DATA_SET_MISMATCH replaces
 * the per-cell DATA_UNKNOWN_INDICATOR findings; at most ten of those follow it, without the
 * "closest code" hint (a code of the wrong set is no help). Otherwise the findings are returned
 * unchanged.
 */
export function setMismatch(
  findings: readonly Finding[],
  known: number,
  set: ResolvedSet,
  where: FindingLocation,
): Finding[] {
  const unknown = findings.filter((finding) => finding.code === 'DATA_UNKNOWN_INDICATOR');
  const count = known + unknown.length;
  if (unknown.length < MIN_UNKNOWN || known * 2 >= count) return [...findings];
  const listed = unknown.slice(0, LISTED).map((finding) => ({
    ...finding,
    args: { value: finding.args.value ?? '' },
  }));
  const more = unknown.length - listed.length;
  const mismatch = makeFinding(
    'DATA_SET_MISMATCH',
    { count, known, set: `${set.id} ${set.version}`, ...(more > 0 ? { more } : {}) },
    where,
  );
  const rest = findings.filter((finding) => finding.code !== 'DATA_UNKNOWN_INDICATOR');
  return [mismatch, ...listed, ...rest];
}
