/**
 * Text folding for forgiving matches of names and headers (spec §3.3): NFD, combining marks
 * stripped, đ → d, zero-width and BOM characters removed, punctuation . , - – _ / ' turned into
 * spaces, whitespace (NBSP included) collapsed, lower case. "TP. Hồ Chí Minh" → "tp ho chi minh".
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
const PUNCTUATION = /[.,\-\u2013\u2014_/'’:;()]/g;
const WHITESPACE = /\s+/g;

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(ZERO_WIDTH, '')
    .replace(PUNCTUATION, ' ')
    .replace(WHITESPACE, ' ')
    .trim()
    .toLowerCase();
}

/** NFC, trimmed, inner whitespace collapsed: the "exact" form before folding. */
export function tidyText(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}
