import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CannotRunError } from '../../../src/core/findings/cannot-run-error.js';
import { DEFAULT_MAX_SIZE, type ReadOptions } from '../../../src/io/files/read-options.js';
import { readSource } from '../../../src/io/files/read-source.js';
import { buildXlsx } from '../../helpers/xlsx-builder.js';
import { writeZip } from '../../helpers/zip-writer.js';

// Dispatch only: the CSV reader is replaced by a marker so these tests do not depend on it.
vi.mock('../../../src/io/csv/read-csv.js', () => ({
  readCsv: (_bytes: Uint8Array, file: string) => ({
    file,
    kind: 'csv',
    sheets: [],
    findings: [],
    csvMarker: true,
  }),
}));

const options: ReadOptions = { encoding: 'auto', sheet: null, maxSize: DEFAULT_MAX_SIZE };
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
let dir: string;
let xlsx: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-read-source-'));
  xlsx = await buildXlsx({
    sheets: [
      { name: 'Dữ liệu', cells: { A1: 'Mã chỉ số', B1: 'Giá trị', A2: 'HT.BR.01', B2: 85 } },
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads `content` written as `name` in the test folder. */
const read = (name: string, content: Uint8Array | string, readOptions = options) =>
  readSource(put(name, content), readOptions);

function put(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const codes = (s: { findings: { code: string }[] }): string[] => s.findings.map((f) => f.code);

describe('readSource', () => {
  it('reads an .xlsx and names it by its NFC base name', async () => {
    const source = await read('Đồng Nai 2025.xlsx'.normalize('NFD'), xlsx);
    expect(source.file).toBe('Đồng Nai 2025.xlsx'.normalize('NFC'));
    expect(source.kind).toBe('xlsx');
    expect(source.findings).toEqual([]);
    expect(source.sheets[0]!.rows[1]!.cells[1]!.value).toBe(85);
  });

  it('hands .csv, .txt and .tsv (any case) to the CSV reader', async () => {
    for (const name of ['a.csv', 'b.TXT', 'c.tsv']) {
      const source = await read(name, 'Mã,Giá trị\nHT.BR.01,85\n');
      expect(source).toMatchObject({ file: name, kind: 'csv', csvMarker: true });
    }
  });

  it('refuses a workbook named .csv', async () => {
    const source = await read('real.csv', xlsx);
    expect(codes(source)).toEqual(['FILE_NOT_CSV']);
    expect(source).toMatchObject({ kind: 'csv', sheets: [] });
    expect(codes(await read('old.csv', Buffer.concat([CFB, Buffer.alloc(504)])))).toEqual([
      'FILE_NOT_CSV',
    ]);
  });

  it('refuses a CSV renamed .xlsx with a rename hint', async () => {
    const source = await read('csv-renamed.xlsx', 'Tỉnh,Điểm\nHà Nội,85\n');
    expect(source.findings).toMatchObject([
      { code: 'FILE_XLSX_IS_CSV', file: 'csv-renamed.xlsx', args: { extension: '.xlsx' } },
    ]);
    expect(source.sheets).toEqual([]);
  });

  it('refuses an old .xls (CFB), whatever it is named', async () => {
    const legacy = Buffer.concat([
      CFB,
      Buffer.alloc(504),
      Buffer.from('Workbook', 'utf16le'),
      Buffer.alloc(1000, 7),
    ]);
    for (const name of ['legacy.xls', 'legacy-as.xlsx', 'noext']) {
      expect(codes(await read(name, legacy)), name).toEqual(['FILE_XLSX_LEGACY_OR_ENCRYPTED']);
    }
  });

  it('tells a password-protected workbook apart by its EncryptionInfo stream', async () => {
    const encrypted = Buffer.concat([
      CFB,
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(64),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    const source = await read('encrypted.xlsx', encrypted);
    expect(source.findings).toMatchObject([
      { code: 'FILE_XLSX_ENCRYPTED', severity: 'error', file: 'encrypted.xlsx' },
    ]);
  });

  it('refuses an HTML table or SpreadsheetML XML saved as .xls', async () => {
    const html = await read(
      'html-table.xls',
      '<html><body><table><tr><td>Hà Nội</td><td>85</td></tr></table></body></html>',
    );
    expect(html.findings).toMatchObject([
      { code: 'FILE_XLSX_HTML_OR_XML', args: { content: 'HTML' } },
    ]);
    const xml = await read(
      'xml2003.xls',
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
    );
    expect(xml.findings).toMatchObject([
      { code: 'FILE_XLSX_HTML_OR_XML', args: { content: 'XML' } },
    ]);
  });

  it('reads a real .xlsx named .xls, with a warning', async () => {
    const source = await read('really.xls', xlsx);
    expect(source.findings).toMatchObject([
      { code: 'FILE_XLSX_EXTENSION_MISMATCH', severity: 'warning' },
    ]);
    expect(source.sheets).toHaveLength(1);
  });

  it('names .ods and .xlsb content inside a zip named .xlsx', async () => {
    const ods = writeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' },
      { name: 'content.xml', data: '<x/>' },
    ]);
    expect((await read('ods-renamed.xlsx', ods)).findings).toMatchObject([
      { code: 'FILE_NOT_SPREADSHEETML', args: { format: '.ods' } },
    ]);
    const xlsb = writeZip([
      { name: 'xl/workbook.bin', data: 'b' },
      { name: 'xl/worksheets/sheet1.bin', data: 'b' },
    ]);
    expect((await read('xlsb-renamed.xlsx', xlsb)).findings).toMatchObject([
      { code: 'FILE_NOT_SPREADSHEETML', args: { format: '.xlsb' } },
    ]);
  });

  it('refuses .ods, .xlsb and .numbers by extension', async () => {
    for (const name of ['a.ods', 'b.xlsb', 'c.numbers']) {
      const source = await read(name, xlsx);
      expect(source.findings, name).toMatchObject([
        { code: 'FILE_UNSUPPORTED_FORMAT', args: { format: name.slice(1) } },
      ]);
    }
  });

  it('refuses an empty file', async () => {
    for (const name of ['empty.xlsx', 'empty.csv', 'empty.xls']) {
      expect(codes(await read(name, '')), name).toEqual(['FILE_EMPTY']);
    }
  });

  it('refuses a file over --max-size without reading it', async () => {
    const source = await read('big.xlsx', xlsx, { ...options, maxSize: 100 });
    expect(source.findings).toMatchObject([
      { code: 'FILE_TOO_LARGE', file: 'big.xlsx', args: { size: xlsx.length } },
    ]);
  });

  it('sniffs files with other extensions: zip → workbook, text → CSV', async () => {
    expect((await read('export.dat', xlsx)).sheets).toHaveLength(1);
    expect(await read('export', 'a,b\n1,2\n')).toMatchObject({
      csvMarker: true,
    });
    expect(codes(await read('blob.bin', Buffer.from([0, 1, 2, 3, 0, 0, 9])))).toEqual([
      'FILE_UNSUPPORTED_FORMAT',
    ]);
  });

  it('reads an .xlsm and warns that its macros are ignored', async () => {
    const { unzipEntries } = await import('../../helpers/zip-writer.js');
    const xlsm = writeZip([
      ...unzipEntries(xlsx).map((e) => ({ name: e.name, data: e.data })),
      { name: 'xl/vbaProject.bin', data: Buffer.from([1, 2]) },
    ]);
    const source = await read('macro.xlsm', xlsm);
    expect(codes(source)).toEqual(['FILE_XLSX_MACROS_IGNORED']);
    expect(source.sheets).toHaveLength(1);
  });

  it('throws CannotRunError for a missing path or a directory', async () => {
    await expect(readSource(join(dir, 'missing.xlsx'), options)).rejects.toThrow(CannotRunError);
    await expect(readSource(join(dir, 'missing.xlsx'), options)).rejects.toThrow(
      expect.objectContaining({
        coded: {
          code: 'RUN_INPUT_NOT_FOUND',
          args: expect.objectContaining({ path: expect.stringMatching(/missing\.xlsx$/) }),
        },
      }),
    );
    mkdirSync(join(dir, 'folder.xlsx'));
    await expect(readSource(join(dir, 'folder.xlsx'), options)).rejects.toThrow(CannotRunError);
  });

  it('reports a truncated workbook as corrupt, never with a stack', async () => {
    const source = await read('truncated.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));
    expect(codes(source)).toEqual(['FILE_XLSX_CORRUPT']);
    expect(JSON.stringify(source.findings)).not.toMatch(/\n\s+at /);
  });
});
