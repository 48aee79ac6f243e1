import type { RowCodes } from './row-values.js';

/**
 * Which value columns of one wide-table row hold a value, by indicator code: what `validate`
 * keeps of a row instead of its values (coverage needs nothing else). Rows with the same columns
 * reported share one (see RowReportedPool): a `Set` of 50 codes per row held ~1.5 KB, and
 * 100,000 rows took the validate peak from ~310 MB to ~470 MB (docs/performance.md).
 */
export class RowReported {
  /** `present[i]` is 1 when the column of `codes.codes[i]` holds a value. */
  constructor(
    private readonly codes: RowCodes,
    private readonly present: Uint8Array,
  ) {}

  has(code: string): boolean {
    const slot = this.codes.slotOf.get(code);
    return slot !== undefined && this.present[slot] === 1;
  }
}

/**
 * The distinct patterns of reported columns of one table. A row's binder sets `row[i] = 1` for
 * each column with a value, then `take()` gives the shared RowReported for that pattern and clears
 * `row` for the next one. A table has few patterns (often one: everything reported); at worst one
 * per row, at ~100 bytes each.
 */
export class RowReportedPool {
  readonly row: Uint8Array;
  private readonly patterns = new Map<string, RowReported>();

  constructor(private readonly codes: RowCodes) {
    this.row = new Uint8Array(codes.codes.length);
  }

  take(): RowReported {
    const key = String.fromCharCode(...this.row);
    let reported = this.patterns.get(key);
    if (reported === undefined) {
      reported = new RowReported(this.codes, this.row.slice());
      this.patterns.set(key, reported);
    }
    this.row.fill(0);
    return reported;
  }
}
