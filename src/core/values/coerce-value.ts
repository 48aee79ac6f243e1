import type { CodedArgs, FindingArgsOf, FindingCode } from '../findings/finding-args.js';
import { foldText } from '../text/fold-text.js';
import type { RawCell } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import { cellNumber } from './cell-number.js';
import { parseNumber, type DecimalMark } from './parse-number.js';
import { readCell, type CellRead } from './read-cell.js';

export type Coerced =
  /** number for percent/number/count (percent in 0–100), boolean, or the 1-based level number. */
  | { kind: 'value'; value: number | boolean }
  /** Empty, or a missing marker (`-`, `N/A`, `không có số liệu` …). */
  | { kind: 'missing' }
  | ({ kind: 'error' } & CodedArgs);

type Present = Extract<CellRead, { kind: 'text' | 'number' | 'boolean' }>;

// Folded forms. `x` is a tick in a yes/no column; "chưa đạt" ("not yet achieved") is a no.
const TRUE_WORDS = new Set(['co', 'yes', 'y', 'true', 'x', 'dat', 'da co', '\u2713', '\u2714']);
const FALSE_WORDS = new Set([
  'khong',
  'no',
  'n',
  'false',
  'khong dat',
  'chua dat',
  'chua co',
  'chua',
  '\u2717',
  '\u2718',
]);
// "Mức 2", "Level 2", "Cấp 2": a level by number with its label word.
const LEVEL_WORD = /^(?:muc|level|cap)\s+(.+)$/;

function shown(read: Present): string {
  return read.kind === 'text' ? read.text : String(read.value);
}

function error<C extends FindingCode>(code: C, args: FindingArgsOf<C>): Coerced {
  return { kind: 'error', code, args } as Coerced;
}

/** "0 … 100", "≥ 0", "≤ 100": readable in both languages. */
function rangeText(range: ResolvedIndicator['range']): string {
  const [min, max] = range;
  if (min !== null && max !== null) return `${min} … ${max}`;
  if (min !== null) return `≥ ${min}`;
  if (max !== null) return `≤ ${max}`;
  return '';
}

/** The indicator's range check, shared with ratios. */
export function checkRange(value: number, indicator: ResolvedIndicator, text: string): Coerced {
  const [min, max] = indicator.range;
  if ((min !== null && value < min) || (max !== null && value > max)) {
    return error('DATA_OUT_OF_RANGE', {
      value: text,
      min,
      max,
      range: rangeText(indicator.range),
    });
  }
  return { kind: 'value', value };
}

function toNumber(
  read: Present,
  indicator: ResolvedIndicator,
  decimal: DecimalMark | null,
): Coerced {
  const number = cellNumber(read, decimal, indicator.type === 'percent');
  if (number.kind === 'error') return number;
  if (indicator.type === 'count' && !(Number.isInteger(number.value) && number.value >= 0)) {
    return error('DATA_NOT_WHOLE', { value: shown(read) });
  }
  return checkRange(number.value, indicator, shown(read));
}

function toBoolean(read: Present, decimal: DecimalMark | null): Coerced {
  if (read.kind === 'boolean') return { kind: 'value', value: read.value };
  let number: number | null = read.kind === 'number' ? read.value : null;
  if (read.kind === 'text') {
    const key = foldText(read.text);
    if (TRUE_WORDS.has(key)) return { kind: 'value', value: true };
    if (FALSE_WORDS.has(key)) return { kind: 'value', value: false };
    const parsed = parseNumber(read.text, decimal);
    number = parsed.kind === 'number' ? parsed.value : null;
  }
  if (number === 1 || number === 0) return { kind: 'value', value: number === 1 };
  return error('DATA_NOT_A_BOOLEAN', { value: shown(read) });
}

function toLevel(
  read: Present,
  indicator: ResolvedIndicator,
  decimal: DecimalMark | null,
): Coerced {
  const levels = indicator.scoring.method === 'levels' ? indicator.scoring.levels : [];
  const unknown = (): Coerced =>
    error('DATA_UNKNOWN_LEVEL', {
      value: shown(read),
      labelsVi: levels.map((level, i) => `${i + 1} = ${level.label.vi}`).join('; '),
      labelsEn: levels.map((level, i) => `${i + 1} = ${level.label.en}`).join('; '),
    });
  const byNumber = (n: number): Coerced =>
    Number.isInteger(n) && n >= 1 && (levels.length === 0 || n <= levels.length)
      ? { kind: 'value', value: n }
      : unknown();
  if (read.kind === 'boolean') return unknown();
  if (read.kind === 'number') return byNumber(read.value);
  const key = foldText(read.text);
  const index = levels.findIndex(
    (level) => foldText(level.label.vi) === key || foldText(level.label.en) === key,
  );
  if (index >= 0) return { kind: 'value', value: index + 1 };
  const numberText = LEVEL_WORD.exec(key)?.[1] ?? read.text;
  const parsed = parseNumber(numberText, decimal);
  return parsed.kind === 'number' ? byNumber(parsed.value) : unknown();
}

/**
 * Coerces one cell to the indicator's type (spec §3.4): strict numbers, percents, booleans,
 * levels by label or number, whole counts, the indicator's range. `decimal` is the file's
 * decimal mark when known (null = not decided: ambiguous cells are errors).
 *
 * Percents are numbers in 0–100: `85%`, `85,5 %`, `85`, or a workbook percent cell (already
 * ×100). A `%` on any other type is an error, never silently dropped.
 */
export function coerceValue(
  cell: RawCell | null,
  indicator: ResolvedIndicator,
  decimal: DecimalMark | null,
): Coerced {
  const read = readCell(cell);
  if (read.kind === 'missing' || read.kind === 'error') return read;
  switch (indicator.type) {
    case 'percent':
    case 'number':
    case 'count':
      return toNumber(read, indicator, decimal);
    case 'boolean':
      return toBoolean(read, decimal);
    case 'level':
      return toLevel(read, indicator, decimal);
  }
}
