import type { CodedArgs } from '../findings/finding-args.js';
import { parseNumber, type DecimalMark } from './parse-number.js';
import type { CellRead } from './read-cell.js';

export type CellNumber = { kind: 'value'; value: number } | ({ kind: 'error' } & CodedArgs);

// `85%`, `85,5 %`, full-width `％`; the sign may follow a space or NBSP.
const PERCENT_SUFFIX = /^(.*?)\s*[%\uff05]$/su;

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
  const percent = PERCENT_SUFFIX.exec(read.text);
  if (percent !== null && !percentAllowed) {
    return { kind: 'error', code: 'DATA_PERCENT_NOT_EXPECTED', args: { value: read.text } };
  }
  const parsed = parseNumber(percent?.[1] ?? read.text, decimal);
  if (parsed.kind === 'number') return { kind: 'value', value: parsed.value };
  return {
    kind: 'error',
    code: parsed.kind === 'ambiguous' ? 'DATA_AMBIGUOUS_NUMBER' : 'DATA_NOT_A_NUMBER',
    args: { value: read.text },
  };
}
