export type DecimalMark = 'comma' | 'dot';

export type NumberParse =
  /**
   * `evidence`: the decimal mark this text proves whatever the file's mark is (`85,5` and
   * `1.234.567` prove comma; `85.5` and `1,234,567` prove dot); absent when it proves nothing.
   */
  | { kind: 'number'; value: number; evidence?: DecimalMark }
  /** Only an ambiguous separator (`1,234`, `2.500`) and no decimal mark known. */
  | { kind: 'ambiguous' }
  | { kind: 'invalid' };

const INVALID: NumberParse = { kind: 'invalid' };
const AMBIGUOUS: NumberParse = { kind: 'ambiguous' };

// Space, NBSP, figure space, thin space, narrow NBSP: what spreadsheets and people group with.
const SPACE_CLASS = '[ \\u00a0\\u2007\\u2009\\u202f]';
const HAS_SPACE = new RegExp(SPACE_CLASS);
const SPACE_GROUPED = new RegExp(`^[1-9]\\d{0,2}(?:${SPACE_CLASS}\\d{3})+$`);
const SIGN = /^([+\-\u2212]?)(.*)$/su;
const ALLOWED = new RegExp(`^(?:\\d|[.,]|${SPACE_CLASS})+$`);
const NOT_A_MARK = new RegExp(`\\d|${SPACE_CLASS}`, 'g');
const DIGITS = /^\d+$/;
const GROUPED = {
  '.': /^[1-9]\d{0,2}(?:\.\d{3})+$/,
  ',': /^[1-9]\d{0,2}(?:,\d{3})+$/,
} as const;

const markOf = (char: string): DecimalMark => (char === ',' ? 'comma' : 'dot');
const otherMark = (mark: DecimalMark): DecimalMark => (mark === 'comma' ? 'dot' : 'comma');

/** `1.234.567` with `.` — a valid thousands grouping: a 1–3 digit head, then groups of 3. */
function isGrouped(text: string, separator: string): boolean {
  const grouped = separator === '.' || separator === ',' ? GROUPED[separator] : null;
  return grouped !== null && grouped.test(text);
}

function digitsOnly(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Builds the value from validated digit strings through a canonical "123.45" form, the only
 * text Number() ever sees here.
 */
function build(
  negative: boolean,
  integer: string,
  fraction: string,
  evidence: DecimalMark | null,
): NumberParse {
  const value = Number(fraction === '' ? integer : `${integer}.${fraction}`);
  if (!Number.isFinite(value)) return INVALID;
  // -0 would print as "0" but compare oddly (Object.is) in reports; there is no negative zero.
  const signed = negative && value !== 0 ? -value : value;
  return evidence === null
    ? { kind: 'number', value: signed }
    : { kind: 'number', value: signed, evidence };
}

/**
 * Strict number parsing of a cell's text (spec §3.4): never parseFloat, never Number('').
 * `decimal` null means "not decided": unambiguous forms still parse.
 *
 * Accepted: an optional sign (`+`, `-`, `−` U+2212), digits, at most one decimal mark, thousands
 * groups of exactly three digits separated by `.`, `,` or a space (NBSP, thin and narrow spaces
 * too), and a bare fraction (`.5`, `,5`). Rejected: exponents (`1e3`), hex, `Infinity`, `NaN`,
 * empty text, letters, two decimal marks, groups of the wrong size (`1,23,4`), trailing marks.
 * A single separator followed by exactly three digits (`1,234`, `2.500`) is ambiguous unless
 * `decimal` says what it is; a mark that contradicts `decimal` makes the text invalid.
 */
export function parseNumber(text: string, decimal: DecimalMark | null): NumberParse {
  // Data columns repeat the same few thousand texts ("64,1", "82"): the binder parses each cell
  // up to three times (decimal detection, coercion), so results are memoised, boundedly.
  const cache = decimal === null ? CACHE.none : decimal === 'comma' ? CACHE.comma : CACHE.dot;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const parsed = parseUncached(text, decimal);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

/** Results are never mutated by callers, so one object can serve every equal text. */
const CACHE_LIMIT = 8192;
const CACHE = {
  none: new Map<string, NumberParse>(),
  comma: new Map<string, NumberParse>(),
  dot: new Map<string, NumberParse>(),
};

function parseUncached(text: string, decimal: DecimalMark | null): NumberParse {
  return parsePlain(text, decimal) ?? parseAny(text, decimal);
}

/** Plain shapes are parsed without regular expressions: digits only, up to this many. */
const PLAIN_MAX_LENGTH = 15;

/**
 * The shapes nearly every cell has — digits, or digits, one `.` or `,`, digits ("82", "64,1") —
 * worked out directly; undefined for anything else. The same answers as `parseAny` (which a
 * leading space forces, so tests can compare them): no sign, nothing to trim, at most 15 digits
 * (always finite), and the single-separator rules below.
 */
function parsePlain(text: string, decimal: DecimalMark | null): NumberParse | undefined {
  const n = text.length;
  if (n === 0 || n > PLAIN_MAX_LENGTH) return undefined;
  let at = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if ((c === 0x2c || c === 0x2e) && at < 0 && i > 0 && i < n - 1) {
      at = i;
      continue;
    }
    return undefined;
  }
  if (at < 0) return build(false, text, '', null);
  const mark = markOf(text[at]!);
  const integer = text.slice(0, at);
  const fraction = text.slice(at + 1);
  // `1,234` could group thousands: a 1–3 digit head without a leading zero, three digits after.
  const couldGroup = fraction.length === 3 && integer.length <= 3 && integer[0] !== '0';
  return oneMark(false, integer, fraction, mark, couldGroup, decimal);
}

/**
 * A number with one mark between its digits: a decimal mark, unless it could group thousands
 * (three digits after a short head), when the given decimal mark decides or it is ambiguous.
 */
function oneMark(
  negative: boolean,
  integer: string,
  fraction: string,
  mark: DecimalMark,
  couldGroup: boolean,
  decimal: DecimalMark | null,
): NumberParse {
  if (!couldGroup) {
    if (decimal !== null && decimal !== mark) return INVALID;
    return build(negative, integer, fraction, mark);
  }
  if (decimal === null) return AMBIGUOUS;
  return decimal === mark
    ? build(negative, integer, fraction, null)
    : build(negative, `${integer}${fraction}`, '', null);
}

/** Any text, by the full rules. */
function parseAny(text: string, decimal: DecimalMark | null): NumberParse {
  const signMatch = SIGN.exec(text.trim());
  const sign = signMatch?.[1] ?? '';
  const body = signMatch?.[2] ?? '';
  const negative = sign === '-' || sign === '\u2212';
  // The common case, plain digits, passes every check below and ends in the same build().
  if (DIGITS.test(body)) return build(negative, body, '', null);
  if (!/^[\d.,]/.test(body) || !/\d$/.test(body)) return INVALID;
  if (!ALLOWED.test(body)) return INVALID;

  // A leading mark cannot be a thousands separator: `.5`, `,5` are fractions.
  const bare = /^([.,])(\d+)$/.exec(body);
  if (bare?.[1] !== undefined && bare[2] !== undefined) {
    const mark = markOf(bare[1]);
    if (decimal !== null && decimal !== mark) return INVALID;
    return build(negative, '0', bare[2], mark);
  }
  if (/^[.,]/.test(body)) return INVALID;

  const marks = body.replace(NOT_A_MARK, '');

  if (HAS_SPACE.test(body)) {
    // Spaces group thousands, so a dot or comma can only be the decimal mark.
    if (marks.length > 1) return INVALID;
    const [integer = '', fraction = ''] = body.split(/[.,]/);
    if (!SPACE_GROUPED.test(integer) || (marks.length === 1 && !/^\d+$/.test(fraction))) {
      return INVALID;
    }
    const mark = marks.length === 1 ? markOf(marks) : null;
    if (mark !== null && decimal !== null && decimal !== mark) return INVALID;
    return build(negative, digitsOnly(integer), fraction, mark);
  }

  if (marks.length === 0) return build(negative, body, '', null);

  const dots = marks.replace(/,/g, '').length;
  const commas = marks.length - dots;

  if (dots > 0 && commas > 0) {
    // Both kinds: the last one is the decimal mark and occurs once; the other groups thousands.
    const last = marks[marks.length - 1]!;
    const group = last === ',' ? '.' : ',';
    const at = body.lastIndexOf(last);
    const integer = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (integer.includes(last) || !isGrouped(integer, group) || !/^\d+$/.test(fraction)) {
      return INVALID;
    }
    const mark = markOf(last);
    if (decimal !== null && decimal !== mark) return INVALID;
    return build(negative, digitsOnly(integer), fraction, mark);
  }

  const separator = marks[0]!;
  const mark = markOf(separator);
  if (marks.length > 1) {
    // `1.234.567`: two of one kind can only be grouping, which proves the other decimal mark.
    if (!isGrouped(body, separator) || decimal === mark) return INVALID;
    return build(negative, digitsOnly(body), '', otherMark(mark));
  }

  const [integer = '', fraction = ''] = body.split(separator);
  const couldGroup = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer);
  return oneMark(negative, integer, fraction, mark, couldGroup, decimal);
}
