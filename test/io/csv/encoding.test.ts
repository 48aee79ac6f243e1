import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/io/csv/decode-text.js';
import { cp1258, findingPlaces, readText, rowValues, utf16 } from './csv-test-input.js';

const TABLE = 'Tỉnh,Điểm\r\nHà Nội,85\r\nĐồng Nai,70\r\n';
const EXPECTED = [
  [1, ['Tỉnh', 'Điểm']],
  [2, ['Hà Nội', '85']],
  [3, ['Đồng Nai', '70']],
];

describe('readCsv: encodings (spec §3.5, reliability C1–C4)', () => {
  it('C1: strips a UTF-8 BOM so the first header is plain "Tỉnh"', () => {
    const source = readText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TABLE)]));
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual(EXPECTED);
    expect(source.sheets[0]!.rows[0]!.cells[0]!.value).toBe('Tỉnh');
  });

  it('C2: reads Excel "Unicode Text" (UTF-16LE BOM, tab, CRLF) like the UTF-8 file', () => {
    const source = readText(utf16(TABLE.replaceAll(',', '\t'), true));
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual(EXPECTED);
  });

  it('C3: reads UTF-16BE with a BOM', () => {
    const source = readText(utf16(TABLE, false));
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual(EXPECTED);
  });

  it('C4: windows-1258 bytes by default → FILE_ENCODING_NOT_UTF8 at the first bad line, with the hint', () => {
    const bytes = cp1258('Tinh,Diem\nABC,1\nHà Nội,85\n');
    const source = readText(bytes);
    expect(source.sheets).toEqual([]);
    expect(findingPlaces(source)).toEqual([['FILE_ENCODING_NOT_UTF8', 3, null]]);
    expect(source.findings[0]!.severity).toBe('error');
    expect(source.findings[0]!.args['line']).toBe(3);
  });

  it('C4: the NOT_UTF8 message carries the --encoding windows-1258 hint in both languages', async () => {
    const { fileCodes } = await import('../../../src/core/findings/catalogue/file-codes.js');
    expect(fileCodes.FILE_ENCODING_NOT_UTF8.vi).toContain('--encoding windows-1258');
    expect(fileCodes.FILE_ENCODING_NOT_UTF8.en).toContain('--encoding windows-1258');
  });

  it('C4: with --encoding windows-1258 the text decodes to NFC "Điểm", "Hà Nội"', () => {
    const bytes = cp1258('Tỉnh;Điểm\nHà Nội;85,5\n');
    const source = readText(bytes, 'windows-1258');
    expect(source.findings).toEqual([]);
    const values = rowValues(source).flatMap(([, v]) => v);
    expect(values).toEqual(['Tỉnh', 'Điểm', 'Hà Nội', '85,5']);
    for (const v of values) expect(v).toBe((v as string).normalize('NFC'));
    // windows-1258 really produces combining marks; the reader must compose them.
    expect(iconv.decode(bytes, 'windows1258')).not.toBe(
      iconv.decode(bytes, 'windows1258').normalize('NFC'),
    );
  });

  it('counts lone CR and CRLF as one line each when locating a bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('a\rb\r\nc\n'), Buffer.from([0x64, 0xc3])]);
    expect(findingPlaces(readText(bytes))).toEqual([['FILE_ENCODING_NOT_UTF8', 4, null]]);
  });

  it.each([
    ['overlong', [0xc0, 0xaf]],
    ['surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated', [0xe1, 0xba]],
  ])('rejects %s UTF-8 sequences on the right line', (_name, bad) => {
    const bytes = Buffer.concat([
      Buffer.from('Mã,Giá trị\nx,'),
      Buffer.from(bad),
      Buffer.from('\n'),
    ]);
    expect(findingPlaces(readText(bytes))).toEqual([['FILE_ENCODING_NOT_UTF8', 2, null]]);
  });

  it('UTF-16 without a BOM gets FILE_ENCODING_LOOKS_UTF16 naming the encoding to pass', () => {
    const le = readText(utf16(TABLE, true, false));
    expect(le.findings.map((f) => [f.code, f.args['encoding']])).toEqual([
      ['FILE_ENCODING_LOOKS_UTF16', 'utf-16le'],
    ]);
    const be = readText(utf16(TABLE, false, false));
    expect(be.findings.map((f) => [f.code, f.args['encoding']])).toEqual([
      ['FILE_ENCODING_LOOKS_UTF16', 'utf-16be'],
    ]);
    expect(rowValues(readText(utf16(TABLE, true, false), 'utf-16le'))).toEqual(EXPECTED);
  });

  it('explicit utf-8 skips its own BOM and is strict', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TABLE)]);
    expect(rowValues(readText(withBom, 'utf-8'))).toEqual(EXPECTED);
    expect(findingPlaces(readText(Buffer.from([0x61, 0xff]), 'utf-8'))).toEqual([
      ['FILE_ENCODING_NOT_UTF8', 1, null],
    ]);
  });

  it('explicit UTF-16 with an unpaired surrogate → FILE_ENCODING_INVALID on its line', () => {
    const bytes = utf16('a,b\n\uD800,1\n', true);
    const source = readText(bytes, 'utf-16le');
    expect(findingPlaces(source)).toEqual([['FILE_ENCODING_INVALID', 2, null]]);
    expect(source.findings[0]!.args['encoding']).toBe('utf-16le');
  });

  it('NFD headers and cells come out NFC', () => {
    const nfd = 'Tỉnh,Điểm\nHà Nội,Thừa Thiên Huế\n'.normalize('NFD');
    const values = rowValues(readText(nfd)).flatMap(([, v]) => v);
    expect(values).toEqual(['Tỉnh', 'Điểm', 'Hà Nội', 'Thừa Thiên Huế']);
  });
});

describe('decodeText: NFC', () => {
  it('keeps a text of precomposed letters as it is only where NFC would keep it', () => {
    // Latin-1, Latin Extended-A, Ơ ơ Ư ư and Latin Extended Additional's Vietnamese letters.
    const codes = [0x1a0, 0x1a1, 0x1af, 0x1b0];
    for (let c = 0; c <= 0x17f; c++) codes.push(c);
    for (let c = 0x1ea0; c <= 0x1ef9; c++) codes.push(c);
    const chars = codes.map((c) => String.fromCharCode(c));
    // One text holding each ordered pair of them next to each other: NFC as it is.
    let text = '';
    for (const a of chars) text += a + chars.join(a);
    const decoded = decodeText(Buffer.from(text, 'utf8'), 'utf-8');
    expect(decoded.ok && decoded.text === text.normalize('NFC')).toBe(true);
    const precomposed = 'Xã số 1,"64,1",Đồng Nai,Thừa Thiên Huế\r\n'.repeat(3);
    const plain = decodeText(Buffer.from(precomposed, 'utf8'), 'auto');
    expect(plain.ok && plain.text).toBe(precomposed);
    const nfd = decodeText(Buffer.from(precomposed.normalize('NFD'), 'utf8'), 'auto');
    expect(nfd.ok && nfd.text).toBe(precomposed);
  });
});
