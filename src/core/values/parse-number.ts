export type DecimalMark = 'comma' | 'dot';

export type NumberParse =
  | { kind: 'number'; value: number }
  /** Only an ambiguous separator (`1,234`, `2.500`) and no decimal mark known. */
  | { kind: 'ambiguous' }
  | { kind: 'invalid' };

/**
 * Strict number parsing of a cell's text (spec §3.4): never parseFloat, never Number('').
 * `decimal` null means "not decided": unambiguous forms still parse.
 */
export function parseNumber(_text: string, _decimal: DecimalMark | null): NumberParse {
  throw new Error('parseNumber: not implemented yet');
}
