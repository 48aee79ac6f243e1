import type { CompareEntity } from '../../core/compare/compare-result.js';
import { jsonChunks } from './json-chunks.js';
import { roundedNumberText } from './rounded-number-text.js';

/** JSON text of a string, e.g. a code; `codeQuoter()` gives one that remembers the codes it saw. */
type Quote = (text: string) => string;

/**
 * The JSON of one entity of `smartcity compare` (spec §8.1) as `JSON.stringify(object, null, 2)`
 * writes it, lines after the first indented by `indent`, where `object` is the entity with every
 * number rounded to 6 decimals (non-finite ones null). Written straight as text: building that
 * object (~330 fields an entity of 50 indicators) and stringifying and re-indenting it took
 * ~0.3 s of two rounds of 3,321 communes, most of it garbage collection. Two pieces: the head
 * (label, province, rating: any text) and the rest (codes and numbers), so that the bulk stays
 * a one-byte string when the label is Vietnamese, which UTF-8 encodes much faster.
 */
export function compareEntityJson(
  entity: CompareEntity,
  indent: string,
  quote: Quote = JSON.stringify,
): [string, string] {
  const i1 = `${indent}  `;
  const i2 = `${i1}  `;
  const i3 = `${i2}  `;
  const snap = (s: CompareEntity['before']): string =>
    `{\n${i2}"year": ${plain(s.year)},\n${i2}"points": ${num(s.points)},\n${i2}"maxPoints": ${num(s.maxPoints)},\n${i2}"index": ${num(s.index)},\n${i2}"rank": ${plain(s.rank)},\n${i2}"rating": ${json(s.rating, i2)},\n${i2}"coverage": ${num(s.coverage)}\n${i1}}`;
  const head =
    `{\n${i1}"label": ${JSON.stringify(entity.label)},\n${i1}"province": ${json(entity.province, i1)},\n` +
    `${i1}"before": ${snap(entity.before)},\n${i1}"after": ${snap(entity.after)},\n` +
    `${i1}"delta": {\n${i2}"index": ${num(entity.delta.index)},\n${i2}"points": ${num(entity.delta.points)},\n${i2}"rank": ${plain(entity.delta.rank)}\n${i1}},\n`;

  let rest = `${i1}"groups": `;
  if (entity.groups.length === 0) rest += '[]';
  else {
    let sep = '[\n';
    for (const g of entity.groups) {
      rest += `${sep}${i2}{\n${i3}"code": ${quote(g.code)},\n${i3}"before": ${num(g.before)},\n${i3}"after": ${num(g.after)},\n${i3}"delta": ${num(g.delta)}\n${i2}}`;
      sep = ',\n';
    }
    rest += `\n${i1}]`;
  }
  rest += `,\n${i1}"indicators": `;
  if (entity.indicators.length === 0) rest += '[]';
  else {
    let sep = '[\n';
    for (const i of entity.indicators) {
      rest += `${sep}${i2}{\n${i3}"code": ${quote(i.code)},\n${i3}"before": ${num(i.before)},\n${i3}"after": ${num(i.after)},\n${i3}"delta": ${num(i.delta)},\n${i3}"beforeValue": ${value(i.beforeValue, i3)},\n${i3}"afterValue": ${value(i.afterValue, i3)}\n${i2}}`;
      sep = ',\n';
    }
    rest += `\n${i1}]`;
  }
  for (const [key, list] of [
    ['improved', entity.improved],
    ['declined', entity.declined],
  ] as const) {
    rest += `,\n${i1}"${key}": `;
    if (list.length === 0) rest += '[]';
    else {
      let sep = '[\n';
      for (const g of list) {
        rest += `${sep}${i2}{\n${i3}"code": ${quote(g.code)},\n${i3}"points": ${num(g.points)}\n${i2}}`;
        sep = ',\n';
      }
      rest += `\n${i1}]`;
    }
  }
  rest += `\n${indent}}`;
  return [head, rest];
}

/** A quote function that keeps each code's JSON text: an entity's codes are every entity's. */
export function codeQuoter(): Quote {
  const seen = new Map<string, string>();
  return (text) => {
    let quoted = seen.get(text);
    if (quoted === undefined) {
      quoted = JSON.stringify(text);
      seen.set(text, quoted);
    }
    return quoted;
  };
}

/** A number rounded for output as JSON writes it; null (and non-finite) as null. */
function num(x: number | null): string {
  return x === null || !Number.isFinite(x) ? 'null' : roundedNumberText(x);
}

/** A number written as it is (year, rank): JSON writes a non-finite one as null. */
function plain(x: number | null): string {
  return x === null || !Number.isFinite(x) ? 'null' : String(x);
}

/** A measured value: numbers rounded, anything else as JSON writes it. */
function value(v: number | boolean | null, indent: string): string {
  return typeof v === 'number' ? num(v) : json(v, indent);
}

/** Any other value (a province, a rating) as the report's JSON writes it, through jsonChunks. */
function json(v: unknown, indent: string): string {
  return [...jsonChunks(v, indent)].join('');
}
