import type { RawCell } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import { coerceValue, type Coerced } from './coerce-value.js';
import type { DecimalMark } from './parse-number.js';

/** `coerceValue` for one column's cells, with the indicator and decimal mark fixed. */
export interface CellCoercer {
  coerce(cell: RawCell | null): Coerced;
  /**
   * What `coerce` answered before for a plain cell holding `value` (no workbook detail), if it
   * is remembered: the common case, without a cell to ask with.
   */
  remembered(value: RawCell['value']): Coerced | undefined;
}

/** Texts remembered per kind of column; a column of all-different texts just keeps replacing. */
const MEMO_LIMIT = 8192;

/**
 * What a text cell's coercion depends on besides its text: the type and range — and for a level
 * the labels, so each level indicator has its own. Columns with equal keys share answers.
 */
function memoKey(indicator: ResolvedIndicator): string {
  const [min, max] = indicator.range;
  return indicator.type === 'level'
    ? `level|${indicator.code}`
    : `${indicator.type}|${min ?? ''}|${max ?? ''}`;
}

/**
 * One coercer per indicator, equal to `coerceValue(cell, indicator, decimal)`. Data columns
 * repeat a few thousand texts ("64,1", "82", "N/A") over and over, so the answer for a plain text
 * cell (a string, no workbook problem) is remembered per kind of column — values and missing
 * only: those are immutable data; errors carry arguments that end up in findings, so they are
 * worked out afresh every time.
 */
export function cellCoercers(
  indicators: readonly ResolvedIndicator[],
  decimal: DecimalMark | null,
): CellCoercer[] {
  const memos = new Map<string, Map<string, Coerced>>();
  return indicators.map((indicator) => {
    const key = memoKey(indicator);
    let memo = memos.get(key);
    if (memo === undefined) {
      memo = new Map();
      memos.set(key, memo);
    }
    return new MemoCoercer(indicator, decimal, memo);
  });
}

/** One class for every column, so the per-cell call stays monomorphic (and inlined). */
class MemoCoercer implements CellCoercer {
  constructor(
    private readonly indicator: ResolvedIndicator,
    private readonly decimal: DecimalMark | null,
    private readonly memo: Map<string, Coerced>,
  ) {}

  coerce(cell: RawCell | null): Coerced {
    if (cell === null || typeof cell.value !== 'string' || cell.problem !== undefined) {
      return coerceValue(cell, this.indicator, this.decimal);
    }
    const text = cell.value;
    const remembered = this.memo.get(text);
    if (remembered !== undefined) return remembered;
    const coerced = coerceValue(cell, this.indicator, this.decimal);
    if (coerced.kind !== 'error') {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(text, coerced);
    }
    return coerced;
  }

  remembered(value: RawCell['value']): Coerced | undefined {
    return typeof value === 'string' ? this.memo.get(value) : undefined;
  }
}
