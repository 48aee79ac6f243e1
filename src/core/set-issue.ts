import type { FindingCode } from './catalogue/catalogue.js';
import type { FindingArgs } from './finding.js';

/** A path into the parsed set: keys and list indexes, as zod reports them. */
export type SetPath = readonly (string | number)[];

/** A problem in a set, located by its path in the parsed YAML (io maps it to line:column). */
export interface SetIssue {
  code: FindingCode;
  args: FindingArgs;
  path: SetPath;
  /**
   * Point at the key of the last path element (an unknown or misspelt key) rather than at its
   * value (a wrong value). A path whose last key is absent points at the enclosing mapping.
   */
  at?: 'key' | 'value';
  /** Code of the indicator the issue is about, when there is one. */
  indicator?: string | null;
}
