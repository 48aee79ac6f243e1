import type { RawRow, RawValue } from '../table/raw-table.js';
import { rowValues } from '../table/value-row.js';
import { cellText } from './cell-text.js';
import { DecimalEvidence } from './decide-decimal.js';
import { isFooterText } from './footer-text.js';

const FOOTER = 1;
const COMMA = 2;
const DOT = 4;
/** Distinct values remembered; a file of all-different values just keeps replacing them. */
const MEMO_LIMIT = 8192;

/** What the first pass over a wide table learns from one row. */
export interface RowFactsResult {
  /** A cell holds a footer text ("Người lập biểu", a date): the table ends here. */
  footer: boolean;
  /** The decimal marks the row's value cells prove (`DecimalEvidence.proofOf`). */
  comma: boolean;
  dot: boolean;
}

/**
 * The per-cell questions of a wide table's first pass — is it a footer text, which decimal mark
 * does it prove — answered once per distinct cell value. Both depend on the value alone, and a
 * data table repeats a few thousand values over and over, so a row costs one lookup per cell.
 */
export class RowFacts {
  private readonly memo = new Map<RawValue, number>();
  /** `valueColumns[j]`: column j+1 holds indicator values. */
  private readonly valueColumns: boolean[];

  /**
   * Only cells of the indicator (1-based) `columns` count as decimal evidence; any cell can be
   * a footer.
   */
  constructor(columns: readonly number[]) {
    const width = columns.reduce((max, column) => Math.max(max, column), 0);
    this.valueColumns = Array.from({ length: width }, () => false);
    for (const column of columns) this.valueColumns[column - 1] = true;
  }

  of(row: RawRow): RowFactsResult {
    let footer = 0;
    let marks = 0;
    // A value row (valueRow) is read as its values: value j is column j + 1's.
    const values = rowValues(row);
    const cells = values === undefined ? row.cells : null;
    const count = values !== undefined ? values.length : cells!.length;
    for (let j = 0; j < count; j++) {
      const value = values !== undefined ? values[j]! : cells![j]!.value;
      if (value === null) continue;
      let facts = this.memo.get(value);
      if (facts === undefined) facts = this.learn(value);
      footer |= facts;
      const column = values !== undefined ? j : cells![j]!.column - 1;
      if (this.valueColumns[column] === true) marks |= facts;
    }
    return {
      footer: (footer & FOOTER) !== 0,
      comma: (marks & COMMA) !== 0,
      dot: (marks & DOT) !== 0,
    };
  }

  private learn(value: Exclude<RawValue, null>): number {
    const text = cellText({ value, row: 0, column: 0 });
    const mark = DecimalEvidence.proofOf(value);
    const facts =
      (text !== null && isFooterText(text) ? FOOTER : 0) |
      (mark === 'comma' ? COMMA : mark === 'dot' ? DOT : 0);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(value, facts);
    return facts;
  }
}
