/**
 * Text folding for forgiving matches of names and headers (spec §3.3): NFD, combining marks
 * stripped, đ → d, format characters (zero-width space, BOM, soft hyphen …) removed, punctuation
 * . , - – — _ / ' : ; ( ) turned into spaces, whitespace (NBSP, thin spaces included) collapsed,
 * lower case. "TP. Hồ Chí Minh" → "tp ho chi minh".
 *
 * Tone placement ("Hoà" vs "Hòa") needs no special rule: both lose their marks. Spelling
 * variants that differ in letters ("Đắc Lắc" vs "Đắk Lắk") are the alias table's job.
 */
const COMBINING_MARKS = /\p{M}/gu;
// \p{Cf} covers U+200B–U+200F, U+2060–U+2064, U+FEFF and U+00AD: invisible, never meaningful.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const PUNCTUATION = /[.,\-\u2010-\u2015\u2212_/'\u2018\u2019:;()]/g;
const WHITESPACE = /\s+/g;
// Printable ASCII (space to ~): already NFD and NFC, no marks, no đ, no format characters, and
// its only whitespace is the space — so the folds below reduce to a few cheap steps (most cells).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const SPACES = / {2,}/g;

export function foldText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) {
    return text.replace(PUNCTUATION, ' ').replace(SPACES, ' ').trim().toLowerCase();
  }
  return (
    text
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(FORMAT_CHARACTERS, '')
      .replace(PUNCTUATION, ' ')
      .replace(WHITESPACE, ' ')
      .trim()
      // toLowerCase, not toLocaleLowerCase: a Turkish locale would turn "I" into "ı".
      .toLowerCase()
  );
}

/** NFC, trimmed, format characters dropped, inner whitespace collapsed: the "exact" form. */
export function tidyText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.replace(SPACES, ' ').trim();
  return text.normalize('NFC').replace(FORMAT_CHARACTERS, '').replace(WHITESPACE, ' ').trim();
}
