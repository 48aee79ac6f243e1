import { beforeAll, describe, expect, it } from 'vitest';
import { zipBudget, zipPreflight } from '../../../src/io/xlsx/zip-preflight.js';
import { readXlsx } from '../../../src/io/xlsx/read-xlsx.js';
import { DEFAULT_MAX_SIZE } from '../../../src/io/files/read-options.js';
import {
  deflateRepeated,
  unzipEntries,
  writeZip,
  type ZipEntrySpec,
} from '../../helpers/zip-writer.js';
import { buildXlsx } from '../../helpers/xlsx-builder.js';

const MB = 1024 * 1024;
let workbookEntries: { name: string; data: Buffer }[];

beforeAll(async () => {
  const xlsx = await buildXlsx({
    sheets: [
      { name: 'Dữ liệu', cells: { A1: 'Mã chỉ số', B1: 'Giá trị', A2: 'HT.BR.01', B2: 85 } },
    ],
  });
  workbookEntries = unzipEntries(xlsx);
});

/** The ExcelJS workbook's entries rewritten by the test zip writer, plus extra entries. */
function workbookZip(method: 'store' | 'deflate', extra: ZipEntrySpec[] = []): Buffer {
  return writeZip([
    ...workbookEntries.map((e) => ({ name: e.name, data: e.data, method })),
    ...extra,
  ]);
}

const codes = (findings: { code: string }[]): string[] => findings.map((f) => f.code);

describe('zipPreflight', () => {
  it('passes a well-formed workbook (STORED or DEFLATE) and lists its entries', () => {
    for (const method of ['store', 'deflate'] as const) {
      const result = zipPreflight(workbookZip(method), 'a.xlsx');
      expect(result.findings).toEqual([]);
      expect(result.content).toBe('xlsx');
      expect(result.entries).toContain('xl/worksheets/sheet1.xml');
    }
  });

  it('refuses a 300 MB junk entry from its declared size, fast and without inflating it', async () => {
    const junk = await deflateRepeated(0x20, 300 * MB);
    const zip = workbookZip('deflate', [{ name: 'customXml/item9.xml', compressed: junk }]);
    expect(zip.length).toBeLessThan(2 * MB);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = zipPreflight(zip, 'bomb.xlsx');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
    // ~1,000× its compressed size: over Apache POI's 100× (minimum inflate ratio 0.01).
    expect(codes(result.findings)).toEqual(['FILE_XLSX_INFLATE_RATIO']);
    expect(result.findings[0]).toMatchObject({
      file: 'bomb.xlsx',
      value: 'customXml/item9.xml',
      args: { entry: 'customXml/item9.xml', sizeMb: 300, maxRatio: 100 },
    });
    expect(Number(result.findings[0]!.args['ratio'])).toBeGreaterThan(500);
  });

  it('refuses an entry that inflates past its declared size before inflating it all', async () => {
    const lying = await deflateRepeated(0x41, 50 * MB);
    const zip = workbookZip('deflate', [
      { name: 'xl/media/image1.png', compressed: lying, declaredSize: 100 },
    ]);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = zipPreflight(zip, 'liar.xlsx');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * MB);
    expect(codes(result.findings)).toEqual(['FILE_XLSX_CORRUPT']);
    expect(result.findings[0]!.value).toBe('xl/media/image1.png');
    expect(String(result.findings[0]!.args['detail'])).toMatch(
      /^xl\/media\/image1\.png: inflates to more/,
    );
  });

  it('refuses a total over the budget, which scales with --max-size; no cap per entry', () => {
    // Incompressible entries (ratio ~1): only the total can refuse them.
    const noise = (seed: number): Buffer => {
      const out = Buffer.alloc(600 * 1024);
      let x = seed;
      for (let i = 0; i < out.length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
      return out;
    };
    const spec = (name: string, seed: number): ZipEntrySpec => ({ name, data: noise(seed) });
    const zip = workbookZip('deflate', [spec('a.bin', 1), spec('b.bin', 2), spec('c.bin', 3)]);
    // --max-size 0.3 MB: 5 × 0.3 = 1.5 MB inflated in all, under the 1.8 MB here.
    const small = zipPreflight(zip, 'big.xlsx', zipBudget(0.3 * MB));
    expect(codes(small.findings)).toEqual(['FILE_XLSX_TOO_LARGE']);
    expect(small.findings[0]!.args).toMatchObject({ maxMb: 1.5, factor: 5 });
    // --max-size 1 MB: 5 MB in all; one entry may be far larger than any old per-entry cap.
    expect(zipPreflight(zip, 'big.xlsx', zipBudget(MB)).findings).toEqual([]);
  });

  it('catches a byte patched in a STORED sheet by its CRC (ExcelJS alone reads 95)', async () => {
    const zip = workbookZip('store');
    const at = zip.indexOf('<v>85</v>');
    expect(at).toBeGreaterThan(0);
    zip.write('<v>95</v>', at);
    const result = zipPreflight(zip, 'crc.xlsx');
    expect(codes(result.findings)).toEqual(['FILE_XLSX_CORRUPT']);
    expect(result.findings[0]).toMatchObject({
      value: 'xl/worksheets/sheet1.xml',
      args: { entry: 'xl/worksheets/sheet1.xml' },
    });
    const source = await readXlsx(zip, 'crc.xlsx', {
      encoding: 'auto',
      sheet: null,
      maxSize: DEFAULT_MAX_SIZE,
    });
    expect(source.sheets).toEqual([]);
    expect(codes(source.findings)).toEqual(['FILE_XLSX_CORRUPT']);
  });

  it('refuses a declared CRC or size that does not match', () => {
    const badCrc = workbookZip('deflate', [
      { name: 'docProps/x.xml', data: '<x/>', declaredCrc: 1234 },
    ]);
    expect(zipPreflight(badCrc, 'a.xlsx').findings[0]).toMatchObject({
      code: 'FILE_XLSX_CORRUPT',
      value: 'docProps/x.xml',
    });
    const shortStore = workbookZip('deflate', [
      { name: 'docProps/y.xml', data: '<y/>', method: 'store', declaredSize: 3 },
    ]);
    expect(zipPreflight(shortStore, 'a.xlsx').findings[0]).toMatchObject({
      code: 'FILE_XLSX_CORRUPT',
      value: 'docProps/y.xml',
    });
    const longer = workbookZip('deflate', [
      { name: 'docProps/z.xml', data: '<zzzz/>', declaredSize: 100 },
    ]);
    expect(zipPreflight(longer, 'a.xlsx').findings[0]).toMatchObject({
      code: 'FILE_XLSX_CORRUPT',
      value: 'docProps/z.xml',
    });
  });

  it('refuses unsafe entry names', () => {
    for (const name of [
      '../evil.xml',
      'xl/../../evil.xml',
      '/etc/passwd',
      '\\windows\\x',
      'C:/x.xml',
      'c:evil',
      'xl\\..\\x',
    ]) {
      const result = zipPreflight(workbookZip('deflate', [{ name, data: 'x' }]), 'a.xlsx');
      expect(codes(result.findings), name).toEqual(['FILE_XLSX_UNSAFE_ENTRY_NAME']);
      expect(result.findings[0]!.args['entry']).toBe(name);
    }
    // Names that merely look odd are fine (and never pollute prototypes).
    const ok = zipPreflight(
      workbookZip('deflate', [
        { name: '__proto__', data: 'x' },
        { name: 'constructor/prototype/polluted', data: 'x' },
        { name: 'a..b.xml', data: 'x' },
      ]),
      'a.xlsx',
    );
    expect(ok.findings).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses more than 1,000 entries without reading them', () => {
    const extra = Array.from({ length: 1001 }, (_, i) => ({ name: `junk/${i}.xml`, data: '' }));
    const result = zipPreflight(workbookZip('store', extra), 'many.xlsx');
    expect(codes(result.findings)).toEqual(['FILE_XLSX_TOO_MANY_ENTRIES']);
    expect(result.findings[0]!.args).toMatchObject({ max: 1000 });
  });

  it('refuses duplicate entries, unknown methods, encrypted entries and truncation', () => {
    const dup = workbookZip('deflate', [
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' },
    ]);
    expect(zipPreflight(dup, 'a.xlsx').findings[0]).toMatchObject({
      code: 'FILE_XLSX_CORRUPT',
      value: 'xl/worksheets/sheet1.xml',
    });
    const lzma = workbookZip('deflate', [
      { name: 'docProps/m.xml', data: 'x', method: 'store', methodCode: 14 },
    ]);
    expect(String(zipPreflight(lzma, 'a.xlsx').findings[0]!.args['detail'])).toContain(
      'unsupported compression method 14',
    );
    const encrypted = workbookZip('deflate', [{ name: 'docProps/e.xml', data: 'x', flags: 1 }]);
    expect(codes(zipPreflight(encrypted, 'a.xlsx').findings)).toEqual(['FILE_XLSX_ENCRYPTED']);
    const whole = workbookZip('deflate');
    const half = whole.subarray(0, Math.floor(whole.length / 2));
    expect(codes(zipPreflight(half, 'half.xlsx').findings)).toEqual(['FILE_XLSX_CORRUPT']);
    // The end record survives but the data before it is cut.
    const cut = Buffer.concat([whole.subarray(0, 10), whole.subarray(whole.length - 200)]);
    expect(codes(zipPreflight(cut, 'cut.xlsx').findings)).toEqual(['FILE_XLSX_CORRUPT']);
    expect(codes(zipPreflight(Buffer.from('PK\x05\x06'), 'tiny.xlsx').findings)).toEqual([
      'FILE_XLSX_CORRUPT',
    ]);
  });

  it('names what a non-xlsx zip is', () => {
    const xlsb = writeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.bin', data: 'b' },
      { name: 'xl/worksheets/sheet1.bin', data: 'b' },
    ]);
    expect(zipPreflight(xlsb, 'a.xlsx').findings[0]).toMatchObject({
      code: 'FILE_NOT_SPREADSHEETML',
      args: { format: '.xlsb' },
    });
    const ods = writeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' },
      { name: 'content.xml', data: '<x/>' },
    ]);
    expect(zipPreflight(ods, 'a.xlsx').findings[0]).toMatchObject({
      code: 'FILE_NOT_SPREADSHEETML',
      args: { format: '.ods' },
    });
    const docx = writeZip([{ name: 'word/document.xml', data: '<w/>' }]);
    expect(zipPreflight(docx, 'a.xlsx').findings[0]!.args['format']).toBe('.docx');
    const hello = writeZip([{ name: 'hello.txt', data: 'hi' }]);
    expect(zipPreflight(hello, 'a.xlsx').findings[0]!.args['format']).toBe('zip');
    const empty = writeZip([]);
    expect(zipPreflight(empty, 'a.xlsx').findings[0]!.args['format']).toBe('zip');
  });

  it('warns that macros are ignored in an .xlsm', () => {
    const result = zipPreflight(
      workbookZip('deflate', [{ name: 'xl/vbaProject.bin', data: Buffer.from([1, 2, 3]) }]),
      'm.xlsm',
    );
    expect(result.findings).toMatchObject([
      { code: 'FILE_XLSX_MACROS_IGNORED', severity: 'warning', file: 'm.xlsm' },
    ]);
  });
});
