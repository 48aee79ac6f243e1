import type { RawCell } from '../raw-table.js';
import { parseNumber, type DecimalMark } from '../values/parse-number.js';
import type { BindOptions } from './bind-options.js';

const NUMERIC_LOOKING = /^[+\-\u2212]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*\s*%?$/;

/**
 * The evidence for a file's decimal mark, gathered cell by cell (so a streamed file need not
 * keep its cells): the same rule as `detectDecimal` over the numeric-looking texts — comma or
 * dot when only one of them is proven, null when neither or both are. Order does not matter.
 */
export class DecimalEvidence {
  private comma = false;
  private dot = false;

  constructor(private readonly option: BindOptions['decimal']) {}

  add(cell: RawCell | null): void {
    if (this.option !== 'auto' || (this.comma && this.dot)) return;
    if (cell === null || typeof cell.value !== 'string') return;
    const text = cell.value.trim();
    if (!NUMERIC_LOOKING.test(text)) return;
    const parsed = parseNumber(text.trim().replace(/\s*[%\uff05]$/u, ''), null);
    if (parsed.kind !== 'number' || parsed.evidence === undefined) return;
    if (parsed.evidence === 'comma') this.comma = true;
    else this.dot = true;
  }

  decide(): DecimalMark | null {
    if (this.option !== 'auto') return this.option;
    if (this.comma && this.dot) return null;
    return this.comma ? 'comma' : this.dot ? 'dot' : null;
  }
}

/**
 * The file's decimal mark (spec §3.4): as given, or for `auto` decided from the unambiguous
 * numeric texts of the value columns. Workbook numbers are numbers already and say nothing.
 */
export function decideDecimal(
  option: BindOptions['decimal'],
  cells: Iterable<RawCell | null>,
): DecimalMark | null {
  const evidence = new DecimalEvidence(option);
  for (const cell of cells) evidence.add(cell);
  return evidence.decide();
}
