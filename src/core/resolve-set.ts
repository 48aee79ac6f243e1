import type { FindingArgs } from './finding.js';
import type { FindingCode } from './catalogue/catalogue.js';
import type { ResolvedSet } from './resolved-set.js';

/** A problem in a set, located by its path in the parsed YAML (io maps it to line:column). */
export interface SetIssue {
  code: FindingCode;
  args: FindingArgs;
  path: readonly (string | number)[];
}

/**
 * Validates a parsed set (schema §2, rules §2.1), distributes points (§2.2) and normalises it.
 * `set` is null when there is any issue.
 */
export function resolveSet(_input: unknown): { set: ResolvedSet | null; issues: SetIssue[] } {
  throw new Error('resolveSet: not implemented yet');
}
