import { looksUtf16 } from './looks-utf16.js';

/**
 * What a data file's bytes really are, whatever its extension says. Provinces rename files
 * ("save as .xlsx" by typing the extension), export HTML tables as .xls and send password-protected
 * workbooks; sniffing lets the reader name the real problem instead of a parser's error.
 *
 * - `empty`: no bytes at all;
 * - `zip`: a zip container (an .xlsx, .xlsm, .xlsb, .ods, … or any zip);
 * - `cfb`: an OLE compound file (an old .xls, or a password-protected workbook);
 * - `html`: an HTML page or table (Excel's "Web Page" save, many government exports), or MHT;
 * - `xml`: other XML, such as SpreadsheetML 2003 ("XML Spreadsheet") files named .xls;
 * - `text`: text, probably CSV (a BOM, valid UTF-8, or a legacy 8-bit encoding without controls);
 * - `binary`: anything else.
 */
export type SniffedKind = 'empty' | 'zip' | 'cfb' | 'html' | 'xml' | 'text' | 'binary';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** How much of the file is looked at: enough for any header, cheap for a 50 MB file. */
const HEAD_BYTES = 64 * 1024;

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  // PK\3\4 starts an ordinary zip; PK\5\6 is the end record of an empty zip.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return 'zip';
  }
  const head = bytes.subarray(0, HEAD_BYTES);
  const { text, hasBom } = decodeHead(head);
  const markup = markupKind(text);
  if (markup !== null) return markup;
  if (hasBom) return 'text';
  // UTF-16 without a BOM is text the CSV reader can name (FILE_ENCODING_LOOKS_UTF16, with the
  // --encoding to use), not "binary data, rename it to .xlsx".
  if (looksUtf16(head) !== null) return 'text';
  return looksLikeText(head) ? 'text' : 'binary';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Decodes the head by its BOM (UTF-8 when there is none; bad bytes become U+FFFD). */
function decodeHead(head: Uint8Array): { text: string; hasBom: boolean } {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(head.subarray(3)), hasBom: true };
  }
  if (startsWith(head, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(head.subarray(2)), hasBom: true };
  }
  if (startsWith(head, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(head.subarray(2)), hasBom: true };
  }
  return { text: new TextDecoder('utf-8').decode(head), hasBom: false };
}

const HTML_STARTS = [
  '<!doctype html',
  '<html',
  '<table',
  '<head',
  '<body',
  '<meta',
  '<style',
  '<title',
  '<tr',
];

function markupKind(text: string): 'html' | 'xml' | null {
  const start = text.trimStart().slice(0, 4096).toLowerCase();
  // Excel's "Single File Web Page" (.mht) is MIME around HTML.
  if (start.startsWith('mime-version:')) return 'html';
  if (!start.startsWith('<')) return null;
  if (HTML_STARTS.some((s) => start.startsWith(s))) return 'html';
  // XHTML and HTML with a leading comment or XML declaration are still web pages.
  if (start.includes('<html') || start.includes('<table')) return 'html';
  if (start.startsWith('<?xml') || start.startsWith('<!--') || /^<[a-z_:]/.test(start)) {
    return 'xml';
  }
  return null;
}

/**
 * Text when almost no byte is a C0 control (tab, CR, LF, FF and ESC aside). Bytes ≥ 0x80 count as
 * text: a Windows-1258 CSV is text in the wrong encoding, not binary, and the CSV reader is the
 * one to say so. A stray NUL or BEL in a cell leaves a CSV text, so the reader can name the cell
 * (DATA_CONTROL_CHARACTER); UTF-16 without a BOM (a NUL every other byte) stays binary.
 */
function looksLikeText(head: Uint8Array): boolean {
  let controls = 0;
  // An index loop: iterating a typed array with for…of is several times slower before the
  // engine optimises it, and this runs once per file, cold.
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) {
      controls++;
    } else if (b === 0x7f) {
      controls++;
    }
  }
  // At most 1 % controls, and a couple in a tiny file (one short row with a NUL in a cell).
  return controls <= Math.max(2, head.length / 100);
}
