import type { CodedArgs } from '../findings/finding-args.js';

/** A path into the parsed set: keys and list indexes, as zod reports them. */
export type SetPath = readonly (string | number)[];

/** A problem in a set, located by its path in the parsed YAML (io maps it to line:column). */
export type SetIssue = CodedArgs & SetIssueWhere;

interface SetIssueWhere {
  path: SetPath;
  /**
   * Point at the key of the last path element (an unknown or misspelt key) rather than at its
   * value (a wrong value). A path whose last key is absent points at the enclosing mapping.
   */
  at?: 'key' | 'value';
  /** Code of the indicator the issue is about, when there is one. */
  indicator?: string | null;
}

/**
 * Document order of two paths: list indexes numerically, keys by name. Issues are sorted with it
 * so a set's findings read top to bottom, whatever rule found them.
 */
export function comparePaths(a: SetPath, b: SetPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // Within one group, `indicators` and `groups` never coexist validly; any fixed order will do.
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
