import { createRequire } from 'node:module';
import type * as IconvLite from 'iconv-lite';
import { looksUtf16 } from '../files/looks-utf16.js';
import type { ReadOptions } from '../files/read-options.js';

/** The encodings a text data file can be read with (`--encoding` minus `auto`). */
type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/**
 * The outcome of decoding: the NFC text, or why the bytes are not text in the encoding used.
 * Plain data, not findings, so any reader (CSV now, maybe sniffing later) can word it itself.
 */
export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName;
      bom: boolean;
      /**
       * The UTF-8 bytes of `text` (BOM excluded) when they are the input's own bytes: valid UTF-8
       * that was already NFC. Lets a reader skip re-encoding a large file, the largest transient
       * allocation of a 50 MB CSV.
       */
      utf8?: Uint8Array;
    }
  | {
      ok: false;
      /** `not-utf8`: strict UTF-8 failed; `invalid`: bad UTF-16. */
      problem: 'not-utf8' | 'invalid';
      encoding: TextEncodingName;
      /** 1-based physical line of the first bad byte. */
      line: number;
      /** 0-based byte offset of the first bad byte. */
      offset: number;
    }
  | {
      ok: false;
      /** A NUL-byte pattern without a BOM: UTF-16 text. */
      problem: 'looks-utf16';
      encoding: TextEncodingName;
    };

const BOMS: ReadonlyArray<{ encoding: TextEncodingName; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * Decodes data-file bytes (spec §1 `--encoding`, §3.5). `auto` trusts a BOM and otherwise
 * demands strict UTF-8 — it never guesses a legacy encoding, because a wrong guess silently
 * corrupts province names. The result is NFC: windows-1258 yields combining tone marks, and
 * macOS tools write NFD.
 */
export function decodeText(bytes: Uint8Array, encoding: ReadOptions['encoding']): DecodeResult {
  const bomEncoding = bomOf(bytes);
  if (encoding === 'auto') {
    if (bomEncoding !== null) return decodeAs(bytes, bomEncoding, true);
    const utf16 = looksUtf16(bytes);
    if (utf16 !== null) {
      return { ok: false, problem: 'looks-utf16', encoding: utf16 };
    }
    return decodeAs(bytes, 'utf-8', false);
  }
  // An explicit encoding wins; its own BOM is still skipped, a foreign one is left as text.
  return decodeAs(bytes, encoding, bomEncoding === encoding);
}

function bomOf(bytes: Uint8Array): TextEncodingName | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) {
      return bom.encoding;
    }
  }
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName, bom: boolean): DecodeResult {
  const body = bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
  let text: string;
  if (encoding === 'windows-1258') {
    text = loadIconv().decode(body, 'windows1258');
  } else {
    try {
      // ignoreBOM: true — the BOM was handled above; a second U+FEFF is content.
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const offset =
        encoding === 'utf-8' ? firstBadUtf8(body) : firstBadUtf16(body, encoding === 'utf-16le');
      const base = bom ? bytes.length - body.length : 0;
      return {
        ok: false,
        problem: encoding === 'utf-8' ? 'not-utf8' : 'invalid',
        encoding,
        line: lineOfOffset(body, offset, encoding),
        offset: base + offset,
      };
    }
  }
  const nfc = NFC_INERT_TEXT.test(text) ? text : text.normalize('NFC');
  if (encoding === 'utf-8' && nfc === text)
    return { ok: true, text: nfc, encoding, bom, utf8: body };
  return { ok: true, text: nfc, encoding, bom };
}

/**
 * Text NFC leaves as it is: Latin-1 (controls included), Latin Extended-A, Ơ ơ Ư ư and Latin
 * Extended Additional (Ạ … ỹ) — the letters Vietnamese is written with precomposed. Each is NFC
 * alone and none composes with a neighbour from the set (no combining marks in it), so a text of
 * only these is NFC; checking that costs ~1 ms a MB where normalize('NFC') cost ~13.
 */
// eslint-disable-next-line no-control-regex -- controls are NFC-inert like the letters
const NFC_INERT_TEXT = /^[\x00-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]*$/;

let iconv: typeof IconvLite | null = null;

/**
 * iconv-lite costs ~30 ms to import and only windows-1258 needs it, so it is loaded on first use.
 * readCsv is synchronous, hence require() rather than a dynamic import().
 */
function loadIconv(): typeof IconvLite {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof IconvLite;
  return iconv;
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode Table 3-7:
 * no overlongs, no surrogates, nothing above U+10FFFF). TextDecoder only says "invalid"; users need
 * the line.
 */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  // TextDecoder rejected the bytes, so something is wrong; point at the start rather than nowhere.
  return 0;
}

/** Offset of the first unpaired surrogate, or of a trailing odd byte. */
function firstBadUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(bytes.length / 2);
  for (let u = 0; u < units; u++) {
    const v = unitAt(bytes, u, littleEndian);
    if (v >= 0xd800 && v <= 0xdbff) {
      const next = u + 1 < units ? unitAt(bytes, u + 1, littleEndian) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        u++;
        continue;
      }
      return 2 * u;
    }
    if (v >= 0xdc00 && v <= 0xdfff) return 2 * u;
  }
  return bytes.length % 2 === 1 ? bytes.length - 1 : 0;
}

function unitAt(bytes: Uint8Array, unit: number, littleEndian: boolean): number {
  const a = bytes[2 * unit] ?? 0;
  const b = bytes[2 * unit + 1] ?? 0;
  return littleEndian ? a | (b << 8) : (a << 8) | b;
}

/** 1-based line of a byte offset: LF, CRLF and lone CR each end a line, as an editor shows them. */
function lineOfOffset(bytes: Uint8Array, offset: number, encoding: TextEncodingName): number {
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  const step = utf16 ? 2 : 1;
  let line = 1;
  for (let i = 0; i + step - 1 < offset; i += step) {
    const c = utf16 ? unitAt(bytes, i / 2, encoding === 'utf-16le') : bytes[i]!;
    if (c === 0x0a) line++;
    else if (c === 0x0d) {
      const next = utf16
        ? i + 2 + 1 < bytes.length
          ? unitAt(bytes, i / 2 + 1, encoding === 'utf-16le')
          : -1
        : (bytes[i + 1] ?? -1);
      if (next !== 0x0a) line++;
    }
  }
  return line;
}
