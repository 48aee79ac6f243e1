import type { RawCell } from '../raw-table.js';
import { detectDecimal } from '../values/detect-decimal.js';
import type { DecimalMark } from '../values/parse-number.js';
import type { BindOptions } from './bind-options.js';

const NUMERIC_LOOKING = /^[+\-\u2212]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*\s*%?$/;

/**
 * The file's decimal mark (spec §3.4): as given, or for `auto` decided from the unambiguous
 * numeric texts of the value columns. Workbook numbers are numbers already and say nothing.
 */
export function decideDecimal(
  option: BindOptions['decimal'],
  cells: Iterable<RawCell | null>,
): DecimalMark | null {
  if (option !== 'auto') return option;
  const texts: string[] = [];
  for (const cell of cells) {
    if (cell === null || typeof cell.value !== 'string') continue;
    const text = cell.value.trim();
    if (NUMERIC_LOOKING.test(text)) texts.push(text);
  }
  return texts.length === 0 ? null : detectDecimal(texts);
}
