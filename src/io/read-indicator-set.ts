import type { Finding } from '../core/finding.js';
import type { ResolvedSet } from '../core/resolved-set.js';

export interface LoadedSet {
  /** null when the set has errors (then `findings` says why, with YAML line:column). */
  set: ResolvedSet | null;
  findings: Finding[];
  /** The YAML file that was read. */
  file: string;
}

/**
 * Loads an indicator set by bundled id (`vn-smartcity`) or by path; undefined = the bundled
 * default. A missing or unreadable file throws CannotRunError.
 */
export async function readIndicatorSet(_ref: string | undefined, _cwd: string): Promise<LoadedSet> {
  throw new Error('readIndicatorSet: not implemented yet');
}
