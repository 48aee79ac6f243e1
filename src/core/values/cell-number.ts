import type { CodedArgs } from '../findings/finding-args.js';
import { parseNumber, type DecimalMark } from './parse-number.js';
import type { CellRead } from './read-cell.js';

export type CellNumber = { kind: 'value'; value: number } | ({ kind: 'error' } & CodedArgs);

/**
 * Longer texts are not numbers (Excel shows 15 significant digits; `−1 234 567 890,123 456 %`
 * is 26 characters): refused before any pattern runs, so a cell of megabytes costs nothing.
 * A lazy `^(.*?)\s*%$` over an 8 MB cell once overflowed the regexp stack (issue 17 item 8).
 */
const MAX_NUMBER_TEXT = 100;

/** `85%`, `85,5 %`, full-width `％` (the sign may follow a space or NBSP) → the text before it. */
function percentBody(text: string): string | null {
  const last = text.at(-1);
  return last === '%' || last === '\uff05' ? text.slice(0, -1).trimEnd() : null;
}

/**
 * The number in a cell read as a value (not missing, not an error). A `%` suffix is accepted
 * only when `percentAllowed`: a percent sign on a count or a plain number is a unit mistake.
 */
export function cellNumber(
  read: Extract<CellRead, { kind: 'text' | 'number' | 'boolean' }>,
  decimal: DecimalMark | null,
  percentAllowed: boolean,
): CellNumber {
  if (read.kind === 'number') return { kind: 'value', value: read.value };
  if (read.kind === 'boolean') {
    return {
      kind: 'error',
      code: 'DATA_NOT_A_NUMBER',
      args: { value: read.value ? 'TRUE' : 'FALSE' },
    };
  }
  if (read.text.length > MAX_NUMBER_TEXT) {
    return { kind: 'error', code: 'DATA_NOT_A_NUMBER', args: { value: read.text } };
  }
  const percent = percentBody(read.text);
  if (percent !== null && !percentAllowed) {
    return { kind: 'error', code: 'DATA_PERCENT_NOT_EXPECTED', args: { value: read.text } };
  }
  const parsed = parseNumber(percent ?? read.text, decimal);
  if (parsed.kind === 'number') return { kind: 'value', value: parsed.value };
  return {
    kind: 'error',
    code: parsed.kind === 'ambiguous' ? 'DATA_AMBIGUOUS_NUMBER' : 'DATA_NOT_A_NUMBER',
    args: { value: read.text },
  };
}
