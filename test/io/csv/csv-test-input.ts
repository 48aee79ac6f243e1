import iconv from 'iconv-lite';
import type { RawSource } from '../../../src/core/table/raw-table.js';
import type { ReadOptions } from '../../../src/io/files/read-options.js';
import { readCsv } from '../../../src/io/csv/read-csv.js';

/** Reads a CSV given as text (UTF-8 bytes) or raw bytes, as the CLI would with these options. */
export function readText(
  input: string | Uint8Array,
  encoding: ReadOptions['encoding'] = 'auto',
): RawSource {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return readCsv(bytes, 'test.csv', { encoding, sheet: null, maxSize: 50 * 1024 * 1024 });
}

/** Rows as [row, values] pairs, the shape most assertions want. */
export function rowValues(
  source: RawSource,
): Array<[number, Array<string | number | boolean | null>]> {
  const sheet = source.sheets[0];
  if (sheet === undefined) return [];
  return sheet.rows.map((r) => [r.row, r.cells.map((c) => c.value)]);
}

/** Findings as [code, line, column] triples. */
export function findingPlaces(
  source: RawSource,
): Array<[string, number | null, string | number | null]> {
  return source.findings.map((f) => [f.code, f.line, f.column]);
}

/** UTF-16 bytes of a string with an optional BOM, written by hand (no library in the path). */
export function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i] = littleEndian ? u & 0xff : u >> 8;
    out[2 * i + 1] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031B']);

/**
 * Windows-1258 bytes as Vietnamese Windows software writes them: letters with circumflex,
 * breve or horn are precomposed, tone marks are separate combining characters (the code page
 * has no `ỉ`, `ể`, `ộ`). Decoding such bytes gives non-NFC text.
 */
export function cp1258(text: string): Uint8Array {
  let out = '';
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const base = cluster[0]!;
    const marks = [...cluster.slice(1)];
    const shaped = (base + marks.filter((m) => SHAPE_MARKS.has(m)).join('')).normalize('NFC');
    out += shaped + marks.filter((m) => !SHAPE_MARKS.has(m)).join('');
  }
  return iconv.encode(out, 'windows1258');
}
