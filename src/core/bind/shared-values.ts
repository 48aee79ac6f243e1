import type { ObservedValue } from '../table/dataset.js';

/** Distinct values remembered; a table of all-different numbers just keeps replacing them. */
const SHARE_LIMIT = 8192;

/**
 * One read-only ObservedValue per distinct value, for a table whose values have no evidence and
 * no note (a wide table). A commune table repeats a few thousand values over its 166,000 cells;
 * sharing them makes a kept value cost one map entry in its entity instead of an object that
 * lives as long as the dataset (and is copied by every young-generation collection it survives).
 */
export class SharedValues {
  private readonly byValue = new Map<number | boolean, ObservedValue>();
  private readonly missing: ObservedValue = { value: null, evidence: null, note: null };

  of(value: number | boolean | null): ObservedValue {
    if (value === null) return this.missing;
    // A Map key does not tell -0 from 0: a -0 is never shared, so it stays -0.
    if (Object.is(value, -0)) return { value, evidence: null, note: null };
    let shared = this.byValue.get(value);
    if (shared === undefined) {
      shared = { value, evidence: null, note: null };
      if (this.byValue.size >= SHARE_LIMIT) this.byValue.clear();
      this.byValue.set(value, shared);
    }
    return shared;
  }
}
