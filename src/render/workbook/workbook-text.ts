/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32_767;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe to put in a cell: XML 1.0 cannot hold C0 controls other than tab, LF and CR (ExcelJS
 * would drop them silently), so they become U+FFFD, as do lone surrogates; text longer than Excel
 * accepts is cut at its limit (never inside a surrogate pair).
 */
export function workbookText(text: string): string {
  // eslint-disable-next-line no-control-regex
  let clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
  clean = clean.replace(LONE_SURROGATE, '\uFFFD');
  if (clean.length > MAX_CELL_TEXT) {
    let end = MAX_CELL_TEXT;
    const last = clean.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    clean = clean.slice(0, end);
  }
  return clean;
}
