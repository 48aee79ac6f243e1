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
// Printable ASCII plus the precomposed letters Vietnamese is written with: Latin-1 and Latin
// Extended-A letters, Ơ ơ Ư ư, and Latin Extended Additional (Ạ … ỹ). Each is NFC alone and none
// composes with a neighbour from this set (there are no combining marks in it), so such a text is
// NFC; it has no format characters, and its only whitespace is the space. Labels are such texts.
const PRECOMPOSED_TEXT =
  /^[\x20-\x7e\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]*$/;
const SPACES = / {2,}/g;

/**
 * Each character of a precomposed text folded on its own: lower case, marks stripped (NFD), đ → d,
 * punctuation and the space → " ". Text without marks of its own folds letter by letter, so a
 * table built from the full definition, one character at a time, is exact. Filled on first use.
 */
const FOLDED_CHARS: string[] = [];
function foldedChar(code: number): string {
  let folded = FOLDED_CHARS[code];
  if (folded === undefined) {
    folded = String.fromCharCode(code)
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(PUNCTUATION, ' ')
      .toLowerCase();
    FOLDED_CHARS[code] = folded;
  }
  return folded;
}

/** The fold of a PRECOMPOSED_TEXT: its characters folded, spaces collapsed and trimmed. */
function foldPrecomposed(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const folded = foldedChar(text.charCodeAt(i));
    if (folded === ' ') {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += folded;
  }
  return out;
}

// The binder asks for the same label's fold and tidy form several times in a row (entity,
// footer and totals checks, the duplicate key): the last answer of each is kept.
let lastFoldIn = '';
let lastFoldOut = '';
let lastTidyIn = '';
let lastTidyOut = '';

export function foldText(text: string): string {
  if (text === lastFoldIn) return lastFoldOut;
  const folded = foldUncached(text);
  lastFoldIn = text;
  lastFoldOut = folded;
  return folded;
}

function foldUncached(text: string): string {
  if (PRINTABLE_ASCII.test(text)) {
    return text.replace(PUNCTUATION, ' ').replace(SPACES, ' ').trim().toLowerCase();
  }
  if (PRECOMPOSED_TEXT.test(text)) return foldPrecomposed(text);
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
  if (text === lastTidyIn) return lastTidyOut;
  const tidy =
    PRINTABLE_ASCII.test(text) || PRECOMPOSED_TEXT.test(text)
      ? text.replace(SPACES, ' ').trim()
      : text.normalize('NFC').replace(FORMAT_CHARACTERS, '').replace(WHITESPACE, ' ').trim();
  lastTidyIn = text;
  lastTidyOut = tidy;
  return tidy;
}
