import { distributePoints } from './distribute-points.js';
import { indicatorSetRules } from './indicator-set-rules.js';
import type { ResolvedSet } from './resolved-set.js';
import { resolvedSetOf } from './resolved-set-of.js';
import { MAX_SET_DEPTH, setDepth } from './set-depth.js';
import { setFastCheck } from './set-fast-check.js';
import { setWalk } from './set-walk.js';

/**
 * resolveSet for the common case of a set with nothing to report, without zod: the same set
 * resolveSet gives when it has no issue at all, or null — then the caller runs resolveSet, which
 * finds and explains whatever there is (errors, and warnings that need their locations).
 */
export function resolveSetFast(input: unknown): ResolvedSet | null {
  if (setDepth(input) > MAX_SET_DEPTH) return null;
  const set = setFastCheck(input);
  if (set === null) return null;
  const walked = setWalk(set.groups);
  if (indicatorSetRules(set, walked.groups, walked.indicators).length > 0) return null;
  const points = distributePoints(set.groups, set.total);
  if (points.issues.length > 0) return null;
  return resolvedSetOf(set, walked, points);
}
