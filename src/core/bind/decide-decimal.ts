import type { RawCell } from '../table/raw-table.js';
import { parseNumber, type DecimalMark } from '../values/parse-number.js';
import type { BindOptions } from './bind-options.js';

const SEEN_LIMIT = 8192;
/**
 * A sign, then digits, spaces and marks with at least one digit, then an optional percent. The
 * digit is required by a lookahead, not by `[…]*\d[…]*`: that form backtracks quadratically, and
 * a 256 KB cell of digits ending in a letter took 96 s of CPU (issue 17 item 8).
 */
const NUMERIC_LOOKING = /^[+\-\u2212]?(?=[\d\s\u00a0.,]*\d)[\d\s\u00a0.,]*%?$/;
/** Longer texts are not numbers anyone typed (Excel shows 15 digits): not evidence either way. */
const MAX_NUMBER_TEXT = 100;

/**
 * The evidence for a file's decimal mark, gathered cell by cell (so a streamed file need not
 * keep its cells): the same rule as `detectDecimal` over the numeric-looking texts — comma or
 * dot when only one of them is proven, null when neither or both are. Order does not matter.
 */
export class DecimalEvidence {
  private comma = false;
  private dot = false;
  /** Texts already weighed: a text proves the same each time, and data columns repeat a lot. */
  private readonly seen = new Set<string>();

  constructor(private readonly option: BindOptions['decimal']) {}

  /** The mark a cell value proves on its own, if any (what `add` counts). */
  static proofOf(value: RawCell['value']): DecimalMark | null {
    if (typeof value !== 'string') return null;
    if (value.length > MAX_NUMBER_TEXT) return null;
    const text = value.trim();
    if (!NUMERIC_LOOKING.test(text)) return null;
    const parsed = parseNumber(text.trim().replace(/\s*[%\uff05]$/u, ''), null);
    return parsed.kind === 'number' ? (parsed.evidence ?? null) : null;
  }

  add(cell: RawCell | null): void {
    if (this.option !== 'auto' || (this.comma && this.dot)) return;
    if (cell === null || typeof cell.value !== 'string') return;
    if (this.seen.has(cell.value)) return;
    if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
    this.seen.add(cell.value);
    const mark = DecimalEvidence.proofOf(cell.value);
    this.prove(mark === 'comma', mark === 'dot');
  }

  /** Marks proven by cells (as `proofOf` found them). */
  prove(comma: boolean, dot: boolean): void {
    if (comma) this.comma = true;
    if (dot) this.dot = true;
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
