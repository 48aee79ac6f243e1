import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cp1258 } from '../io/csv/csv-test-input.js';
import {
  inlineCell,
  longRows,
  numberCell,
  ooxml,
  ooxmlParts,
  validRows,
} from '../helpers/corpus-ooxml.js';
import { deflateGenerated, sheetRows } from '../helpers/corpus-zip.js';
import { deflateRepeated, writeZip } from '../helpers/zip-writer.js';

/**
 * The bad-input corpus of reliability.md §8, built at test time into a fresh temporary directory
 * (bombs included: nothing binary is committed). Every case is one directory holding its input
 * file(s) and the worked-example set, so a case's "no temp files left" and "inputs unchanged"
 * checks see only its own files. Finding codes are the project's (src/core/catalogue), not the
 * E_ names of reliability.md; where reliability.md and spec.md disagree the spec wins, and where
 * the tool does something different but reasonable the `note` says why.
 */
type CorpusCommand = 'validate' | 'score' | 'check';

export interface ExpectedFinding {
  code: string;
  /** Any of these location fields, when given, must match the finding's. */
  cell?: string;
  line?: number;
  row?: number;
  column?: string | number;
  /** A substring of the finding's `value` (the entry name of a zip finding, say). */
  value?: string;
  /** A substring of the message. */
  message?: string;
}

/** The same finding on each of these lines (a ragged row, a bad value repeated). */
const onLines = (code: string, ...lines: number[]): ExpectedFinding[] =>
  lines.map((line) => ({ code, line }));

export interface CorpusCase {
  id: string;
  title: string;
  /** Input files, written into the case's directory. */
  files: Record<string, Uint8Array | string>;
  /** The file(s) passed to the command (default: every file but the set). */
  inputs?: string[];
  command: CorpusCommand;
  /** Extra arguments (before the inputs). */
  args?: string[];
  exit: 0 | 1 | 2;
  /** Each must be among the findings (with its location when given). */
  findings: ExpectedFinding[];
  /** Codes that must NOT appear. */
  absent?: string[];
  /** Upper bound on wall time for the run, ms. */
  maxMs?: number;
  note?: string;
}

/** The worked-example set (test/fixtures/data/example-set.yaml), copied into each case. */
export const SET_FILE = 'set.yaml';

/**
 * The maker of `validate` cases over one input file, named `name` unless the case's `inputs`
 * name it otherwise.
 */
function validateCase(name: string) {
  return (
    id: string,
    title: string,
    bytes: Buffer | string,
    exit: 0 | 1 | 2,
    findings: ExpectedFinding[],
    extra: Partial<CorpusCase> = {},
  ): CorpusCase => ({
    id,
    title,
    files: { [extra.inputs?.[0] ?? name]: bytes },
    command: 'validate',
    exit,
    findings,
    ...extra,
  });
}

const MB = 1024 * 1024;

/** A valid long CSV for the worked-example set, with the given line break and values. */
function csv(lines: readonly string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

const VALID_CSV_LINES = [
  'Mã chỉ số,Giá trị',
  'HT.01,60',
  'HT.02,Có',
  'DV.01,20',
  'DV.02,8',
  'DV.03,Một phần',
  'DV.04,"1.362,9"',
];

/** A CFB (OLE2) header sector and a zeroed directory: what an old .xls starts with. */
function cfb(withEncryption: boolean): Buffer {
  const buf = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 24);
  buf.writeUInt16LE(3, 26);
  buf.writeUInt16LE(0xfffe, 28);
  buf.writeUInt16LE(9, 30);
  for (let i = 512; i < 1024; i++) buf[i] = (i * 37) & 0xff;
  if (withEncryption) {
    Buffer.from('EncryptionInfo', 'utf16le').copy(buf, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(buf, 1152);
  }
  return buf;
}

/** A valid workbook's parts zipped with one entry's content replaced by generated DEFLATE. */
async function workbookWithCompressed(
  name: string,
  compressed: { bytes: Buffer; size: number; crc: number },
  declaredSize?: number,
): Promise<Buffer> {
  const parts = ooxmlParts();
  parts.delete(name);
  return writeZip([
    ...[...parts].map(([n, data]) => ({ name: n, data })),
    { name, compressed, ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = '</sheetData></worksheet>';

/** The sheet XML of `rows` rows × `columns` cells, as a generator of pieces. */
export function* bigSheet(rows: number, columns: number): Generator<string> {
  yield SHEET_OPEN;
  yield* sheetRows(rows, columns);
  yield SHEET_CLOSE;
}

/** The set used by every case, from the committed fixture. */
async function setText(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL('../fixtures/data/example-set.yaml', import.meta.url), 'utf8');
}

/** Malicious or broken indicator sets (Y1–Y10), each a full file. */
function yamlCases(set: string): CorpusCase[] {
  const lolBomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...Array.from({ length: 8 }, (_, i) => {
      const n = String.fromCharCode(98 + i);
      const p = String.fromCharCode(97 + i);
      return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
    }),
  ].join('\n');
  const check = (
    id: string,
    title: string,
    text: string,
    findings: ExpectedFinding[],
    extra: Partial<CorpusCase> = {},
  ): CorpusCase => ({
    id,
    title,
    files: { 'bad-set.yaml': text },
    inputs: ['bad-set.yaml'],
    command: 'check',
    exit: 2,
    findings,
    maxMs: 2000,
    ...extra,
  });
  return [
    check('Y1', 'alias bomb (9 levels of 9 aliases)', `${lolBomb}\n`, [
      { code: 'SET_YAML_ANCHOR', line: 1 },
      { code: 'SET_YAML_ALIAS', line: 2 },
    ]),
    check('Y2', '50,000 nested flow sequences', `x: ${'['.repeat(50_000)}\n`, [
      { code: 'SET_YAML_TOO_DEEP', line: 1 },
    ]),
    check(
      'Y3',
      '__proto__ key and a misspelt key',
      set
        .replace('missing: zero', 'missing: zero\n__proto__: { polluted: true }')
        .replace('        type: boolean\n', '        type: boolean\n        wieght: 0.3\n'),
      [{ code: 'SET_UNKNOWN_KEY', line: 8 }, { code: 'SET_UNKNOWN_KEY' }],
      { note: 'both unknown keys are listed, each with its own line' },
    ),
    check(
      'Y4',
      'duplicate key',
      set.replace('    points: 80\n', '    points: 80\n    points: 90\n'),
      [{ code: 'SET_YAML_DUPLICATE_KEY', line: 13, column: 5 }],
    ),
    check(
      'Y5',
      'YAML 1.1 boolean `no` where a boolean is wanted',
      set.replace('        type: percent\n', '        type: percent\n        ratio: no\n'),
      [{ code: 'SET_EXPECTED_BOOLEAN', line: 17 }],
    ),
    check('Y6', '%YAML 1.1 directive', `%YAML 1.1\n---\n${set}`, [
      { code: 'SET_YAML_DIRECTIVE', line: 1, column: 1 },
    ]),
    check(
      'Y7',
      'numeric codes and versions (08, 1.0 unquoted)',
      set.replace('version: "1.0"', 'version: 1.0').replace('code: HT\n', 'code: 08\n'),
      onLines('SET_EXPECTED_TEXT', 3, 10),
    ),
    check('Y8', 'decimal-comma number', set.replace('    points: 80\n', '    points: 0,5\n'), [
      { code: 'SET_EXPECTED_NUMBER', line: 12 },
    ]),
    check(
      'Y9',
      'custom and known tags',
      set.replace(
        'source: "Worked example for the spec"',
        'source: !js/function "x"\nz: !!binary aGk=',
      ),
      onLines('SET_YAML_TAG', 5, 6),
    ),
    check('Y10a', 'empty file', '', [{ code: 'SET_YAML_EMPTY' }]),
    check('Y10b', 'a bare scalar', 'hello\n', [{ code: 'SET_YAML_ROOT_NOT_MAPPING', line: 1 }]),
    check('Y10c', 'two documents', `${set}---\nb: 2\n`, [{ code: 'SET_YAML_MULTIPLE_DOCUMENTS' }]),
    check('Y10d', 'a tab indent', set.replace('    points: 80\n', '\tpoints: 80\n'), [
      { code: 'SET_YAML_TAB_INDENT', line: 12 },
    ]),
    check(
      'Y11',
      'huge numbers (1e400, 2^70)',
      set
        .replace('total: 200', 'total: 1e400')
        .replace('    points: 80\n', '    points: 1180591620717411303424\n'),
      [{ code: 'SET_EXPECTED_NUMBER', line: 8 }],
      { note: '1e400 is Infinity in YAML 1.2 core: refused as "expected a number"' },
    ),
    check(
      'Y12',
      'anchor and alias used to share a scoring block (the ordinary way an author uses them)',
      set
        .replace(
          'scoring: { method: target, target: 80 }',
          'scoring: &t { method: target, target: 80 }',
        )
        .replace('scoring: { method: target, target: 15, worst: 35 }', 'scoring: *t'),
      [{ code: 'SET_YAML_ANCHOR' }, { code: 'SET_YAML_ALIAS' }],
    ),
  ];
}

/** Builds every case (bombs included) in memory. */
export async function buildCorpus(): Promise<CorpusCase[]> {
  const set = await setText();
  const valid = ooxml();
  const junk = await deflateRepeated(0x20, 300 * MB);
  // X11: a million rows × 10 cells (~150 MB of XML, a few MB zipped).
  const millionRows = await deflateGenerated(bigSheet(1_000_000, 10));
  // X12: an entry that says 100 bytes and holds 50 MB.
  const lying = await deflateRepeated(0x41, 50 * MB);

  const storedValid = ooxml({ method: 'store' });
  const crcPatched = Buffer.from(storedValid);
  const at = crcPatched.indexOf('<v>60</v>');
  crcPatched.write('<v>95</v>', at, 'latin1');

  // Swap the placeholder for raw FF FE bytes inside <t> (the CRC is recomputed by the writer).
  const parts = ooxmlParts({ sheet: longRows([['HT.01', inlineCell('B2', 'XXXX')]]) });
  const sheetBytes = Buffer.from(parts.get('xl/worksheets/sheet1.xml')!, 'utf8');
  const xIndex = sheetBytes.indexOf('XXXX');
  sheetBytes[xIndex] = 0xff;
  sheetBytes[xIndex + 1] = 0xfe;
  const badUtf8Zip = writeZip(
    [...parts].map(([name, data]) => ({
      name,
      data: name === 'xl/worksheets/sheet1.xml' ? sheetBytes : data,
    })),
  );

  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol">',
    ...Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ),
    ']>',
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>',
  ].join('\n');
  const xxe =
    '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>';
  const sharedCell = (ref: string, index: number): string =>
    `<c r="${ref}" t="s"><v>${index}</v></c>`;

  const deepInline = `<c r="B2" t="inlineStr"><is>${'<r>'.repeat(100_000)}<t>1</t>${'</r>'.repeat(100_000)}</is></c>`;

  const xlsx = validateCase('quang-ninh.xlsx');
  const csvCase = validateCase('quang-ninh.csv');

  const cases: CorpusCase[] = [
    // --- 8.1 the .xlsx container ---
    xlsx('X0', 'the valid base workbook (control)', valid, 0, []),
    xlsx('X1', 'empty file', Buffer.alloc(0), 1, [{ code: 'FILE_EMPTY' }]),
    xlsx('X2', 'CSV renamed .xlsx', 'Tỉnh,Điểm\nHà Nội,85\n', 1, [{ code: 'FILE_XLSX_IS_CSV' }]),
    xlsx('X3a', 'legacy .xls (CFB)', cfb(false), 1, [{ code: 'FILE_XLSX_LEGACY_OR_ENCRYPTED' }], {
      inputs: ['legacy.xls'],
    }),
    xlsx('X3b', 'legacy CFB named .xlsx', cfb(false), 1, [
      { code: 'FILE_XLSX_LEGACY_OR_ENCRYPTED' },
    ]),
    xlsx('X4', 'password-protected workbook (CFB + EncryptionInfo)', cfb(true), 1, [
      { code: 'FILE_XLSX_ENCRYPTED' },
    ]),
    xlsx(
      'X5',
      'HTML table saved as .xls',
      '<html><body><table><tr><td>Mã chỉ số</td><td>Giá trị</td></tr></table></body></html>',
      1,
      [{ code: 'FILE_XLSX_HTML_OR_XML' }],
      { inputs: ['html-table.xls'] },
    ),
    xlsx(
      'X6',
      '.ods renamed .xlsx',
      writeZip([
        {
          name: 'mimetype',
          data: 'application/vnd.oasis.opendocument.spreadsheet',
          method: 'store',
        },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]),
      1,
      [{ code: 'FILE_NOT_SPREADSHEETML' }],
    ),
    xlsx(
      'X7',
      '.xlsb renamed .xlsx',
      writeZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'xl/workbook.bin', data: Buffer.from([1, 2, 3]) },
        { name: 'xl/worksheets/sheet1.bin', data: Buffer.from([4, 5, 6]) },
      ]),
      1,
      [{ code: 'FILE_NOT_SPREADSHEETML' }],
    ),
    xlsx('X8', 'truncated to half', valid.subarray(0, Math.floor(valid.length / 2)), 1, [
      { code: 'FILE_XLSX_CORRUPT' },
    ]),
    xlsx(
      'X9',
      'macro-enabled .xlsm',
      ooxml({ extra: [{ name: 'xl/vbaProject.bin', data: Buffer.from('VBA-not-really') }] }),
      0,
      [{ code: 'FILE_XLSX_MACROS_IGNORED' }],
      { inputs: ['quang-ninh.xlsm'] },
    ),
    xlsx(
      'X10',
      'junk entry of 300 MB spaces',
      writeZip([
        ...[...ooxmlParts()].map(([name, data]) => ({ name, data })),
        { name: 'customXml/item9.xml', compressed: junk },
      ]),
      1,
      [{ code: 'FILE_XLSX_INFLATE_RATIO', value: 'customXml/item9.xml' }],
      { maxMs: 2000, note: '~1,000× its compressed size: over the 100× of Apache POI' },
    ),
    xlsx(
      'X11',
      'sheet of 1,000,000 rows × 10 cells',
      await workbookWithCompressed('xl/worksheets/sheet1.xml', millionRows),
      1,
      [{ code: 'FILE_XLSX_TOO_LARGE' }],
      {
        maxMs: 3000,
        note: 'its ~280 MB of XML is over the 250 MB in all (5 × --max-size): refused before inflating',
      },
    ),
    xlsx(
      'X12',
      'entry declaring 100 bytes that inflates to 50 MB',
      await workbookWithCompressed('customXml/item1.xml', lying, 100),
      1,
      [{ code: 'FILE_XLSX_CORRUPT', value: 'customXml/item1.xml' }],
      { maxMs: 2000 },
    ),
    xlsx('X13', 'STORED sheet with 60 patched to 95, CRC not fixed', crcPatched, 1, [
      { code: 'FILE_XLSX_CORRUPT', value: 'xl/worksheets/sheet1.xml' },
    ]),
    // --- 8.2 .xlsx content ---
    xlsx(
      'X14',
      'billion laughs in sharedStrings.xml',
      ooxml({ sharedStrings: laughs }),
      1,
      [{ code: 'FILE_XLSX_CORRUPT', value: 'xl/sharedStrings.xml' }],
      { maxMs: 3000 },
    ),
    xlsx(
      'X15',
      'XXE: an external entity naming /etc/passwd',
      ooxml({
        sharedStrings: xxe,
        sheet: longRows([['HT.01', sharedCell('B2', 0)]]),
      }),
      1,
      [{ code: 'FILE_XLSX_CORRUPT', value: 'xl/sharedStrings.xml' }],
    ),
    xlsx(
      'X16',
      '100,000 nested <r> in an inline string',
      ooxml({
        sheet: `<row r="1">${inlineCell('A1', 'Mã chỉ số')}</row><row r="2">${deepInline}</row>`,
      }),
      1,
      [{ code: 'FILE_XLSX_CORRUPT', value: 'xl/worksheets/sheet1.xml' }],
      { maxMs: 10_000, note: 'nothing in SpreadsheetML nests 256 deep: refused, naming the part' },
    ),
    xlsx(
      'X17',
      'malformed XML: </row> closes an open <c>',
      ooxml({ sheet: '<row r="1"><c r="A1"><v>1</v></row>' }),
      1,
      [{ code: 'FILE_XLSX_CORRUPT' }],
      { note: 'the detail names the part and the parser line:col' },
    ),
    xlsx(
      'X18',
      'raw FF FE bytes inside <t>',
      badUtf8Zip,
      1,
      [{ code: 'FILE_XLSX_CORRUPT', value: 'xl/worksheets/sheet1.xml' }],
      { note: 'XML that is not UTF-8 is not well-formed: refused naming the part (policy choice)' },
    ),
    xlsx(
      'X19',
      'extra entries named __proto__ and constructor/prototype/polluted',
      ooxml({
        extra: [
          { name: '__proto__', data: '{"polluted":true}' },
          { name: 'constructor/prototype/polluted', data: 'yes' },
        ],
      }),
      0,
      [],
      { note: 'harmless names: read normally; Object.prototype is checked unchanged' },
    ),
    xlsx(
      'X21',
      'rows and cells without r attributes (DataGrip style)',
      ooxml({
        sheet:
          '<row><c t="inlineStr"><is><t>Mã chỉ số</t></is></c><c t="inlineStr"><is><t>Giá trị</t></is></c></row><row><c t="inlineStr"><is><t>HT.01</t></is></c><c><v>60</v></c></row>',
      }),
      0,
      [],
      { note: '`r` is optional (ECMA-376): rows and cells follow the previous ones' },
    ),
    xlsx(
      'X22',
      'cell reference ZZZZ99999999',
      ooxml({ sheet: `${validRows()}<row r="99"><c r="ZZZZ99999999"><v>1</v></c></row>` }),
      1,
      [{ code: 'FILE_XLSX_CORRUPT' }],
    ),
    xlsx(
      'X23',
      'shared-string index 99 with 2 strings',
      ooxml({
        sharedStrings: ['<si><t>HT.01</t></si>', '<si><t>x</t></si>'],
        sheet: longRows([['HT.01', sharedCell('B2', 99)]]),
      }),
      1,
      [{ code: 'FILE_XLSX_BAD_SHARED_STRING', cell: 'B2' }],
      { note: 'a finding at the cell; the rest of the sheet is read' },
    ),
    xlsx(
      'X24',
      '<si><t></t><r><t>HT.01</t></r></si> (Lark/Feishu style)',
      ooxml({
        sharedStrings: ['<si><t></t><r><t>HT.01</t></r></si>'],
        sheet: `<row r="1">${inlineCell('A1', 'Mã chỉ số')}${inlineCell('B1', 'Giá trị')}</row><row r="2">${sharedCell('A2', 0)}${numberCell('B2', 60)}</row>`,
      }),
      0,
      [],
      { note: 'the plain <t> and the runs are joined: "HT.01" (ExcelJS 4.4 crashed, #3079)' },
    ),
    xlsx(
      'X25',
      'formula without a cached value',
      ooxml({ sheet: longRows([['HT.01', '<c r="B2"><f>1/0</f></c>']]) }),
      1,
      [{ code: 'DATA_FORMULA_NO_VALUE', cell: 'B2' }],
    ),
    xlsx(
      'X26',
      'shared formula master and clone, error values',
      ooxml({
        sheet: longRows([
          ['HT.01', '<c r="B2"><f t="shared" ref="B2:B4" si="0">30*2</f><v>60</v></c>'],
          ['HT.02', inlineCell('B3', 'Có')],
          ['DV.01', '<c r="B4"><f t="shared" si="0"/><v>20</v></c>'],
          ['DV.02', '<c r="B5" t="e"><v>#DIV/0!</v></c>'],
          ['DV.04', '<c r="B6" t="e"><f>NA()</f><v>#N/A</v></c>'],
        ]),
      }),
      1,
      [
        { code: 'DATA_CELL_ERROR', cell: 'B5', message: '#DIV/0!' },
        { code: 'DATA_CELL_ERROR', cell: 'B6', message: '#N/A' },
      ],
      { absent: ['DATA_FORMULA_NO_VALUE'] },
    ),
    xlsx(
      'X27',
      'date1904="1", serial 45000 in a date format',
      ooxml({
        workbookPr: 'date1904="1"',
        sheet: longRows([['DV.04', numberCell('B2', 45000, 1)]]),
      }),
      1,
      [{ code: 'DATA_DATE_NOT_A_VALUE', cell: 'B2', value: '2027-03-16' }],
    ),
    xlsx(
      'X28',
      'date1904="true" (xsd:boolean), serial 45000',
      ooxml({
        workbookPr: 'date1904="true"',
        sheet: longRows([['DV.04', numberCell('B2', 45000, 1)]]),
      }),
      1,
      [{ code: 'DATA_DATE_NOT_A_VALUE', cell: 'B2', value: '2027-03-16' }],
      { note: 'the same date as X27 (ExcelJS alone reads 2023-03-15)' },
    ),
    xlsx(
      'X29',
      'ISO date cell t="d"',
      ooxml({ sheet: longRows([['DV.04', '<c r="B2" t="d"><v>2024-01-05T00:00:00Z</v></c>']]) }),
      1,
      [{ code: 'DATA_DATE_NOT_A_VALUE', cell: 'B2' }],
      { note: 'never the number 2024' },
    ),
    xlsx(
      'X30',
      'merged cells B6:B7 inside the data',
      ooxml({ afterSheetData: '<mergeCells count="1"><mergeCell ref="B6:B7"/></mergeCells>' }),
      0,
      [],
      { note: 'spec §3.4: a merge is read once (top-left); DV.04 is then simply not reported' },
    ),
    xlsx(
      'X31a',
      'odd cells: rich text code, boolean, text-formatted 1.234,5, percent-formatted 0.6',
      ooxml({
        sheet: longRows([
          ['HT.01', numberCell('B2', 0.6, 2)],
          ['HT.02', '<c r="B3" t="b"><v>1</v></c>'],
          ['DV.02', numberCell('B4', 8)],
          ['DV.04', '<c r="B5" s="3" t="inlineStr"><is><t>1.234,5</t></is></c>'],
        ]).replace(
          inlineCell('A5', 'DV.04'),
          '<c r="A5" t="inlineStr"><is><r><t>DV</t></r><r><rPr><b/></rPr><t>.04</t></r></is></c>',
        ),
      }),
      0,
      [],
      { note: 'names flattened, 0.6 under 0% read as 60, no [object Object] anywhere' },
    ),
    xlsx(
      'X31b',
      'a number cell holding NaN',
      ooxml({ sheet: longRows([['DV.01', numberCell('B2', 'NaN')]]) }),
      1,
      [{ code: 'FILE_XLSX_UNSUPPORTED_CELL', cell: 'B2' }],
      { note: 'no spreadsheet writes NaN: an error at the cell rather than a silent blank' },
    ),
    xlsx(
      'X32',
      'a single hidden sheet with sheetId 2',
      ooxml({ sheetId: 2, sheetAttributes: 'state="hidden"' }),
      1,
      [{ code: 'DATA_NO_VISIBLE_SHEET' }],
    ),
    xlsx(
      'X33',
      'TCVN3 mojibake in a province column',
      ooxml({
        sheet: `<row r="1">${inlineCell('A1', 'Mã chỉ số')}${inlineCell('B1', 'Giá trị')}${inlineCell('C1', 'Tỉnh')}</row><row r="2">${inlineCell('A2', 'HT.01')}${numberCell('B2', 60)}${inlineCell('C2', 'Hµ Néi')}</row>`,
      }),
      1,
      [{ code: 'PROVINCE_UNKNOWN', cell: 'C2' }, { code: 'PROVINCE_LEGACY_FONT' }],
      { inputs: ['data.xlsx'] },
    ),

    // --- 8.3 CSV ---
    csvCase('C0', 'the valid base CSV (control)', csv(VALID_CSV_LINES), 0, []),
    csvCase('C1', 'UTF-8 BOM', `\uFEFF${csv(VALID_CSV_LINES)}`, 0, []),
    csvCase(
      'C2',
      'UTF-16LE + BOM, tab-separated, CRLF (Excel "Unicode Text")',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(
          csv(
            VALID_CSV_LINES.map((l) => l.replace(',', '\t').replace(/"/g, '')),
            '\r\n',
          ),
          'utf16le',
        ),
      ]),
      0,
      [],
      { inputs: ['quang-ninh.txt'] },
    ),
    csvCase(
      'C3',
      'UTF-16BE + BOM',
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        Buffer.from(csv(VALID_CSV_LINES), 'utf16le').swap16(),
      ]),
      0,
      [],
    ),
    csvCase(
      'C4a',
      'Windows-1258 bytes, default encoding',
      Buffer.from(cp1258(csv(VALID_CSV_LINES))),
      1,
      [{ code: 'FILE_ENCODING_NOT_UTF8', line: 1 }],
    ),
    csvCase(
      'C4b',
      'Windows-1258 bytes with --encoding windows-1258',
      Buffer.from(cp1258(csv(VALID_CSV_LINES))),
      0,
      [],
      { args: ['--encoding', 'windows-1258'] },
    ),
    csvCase(
      'C5',
      'TCVN3 bytes',
      Buffer.concat([
        Buffer.from('Mã chỉ số,Giá trị\nHT.01,60\n'),
        Buffer.from([0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69, 0x0a]),
      ]),
      1,
      [{ code: 'FILE_ENCODING_NOT_UTF8', line: 3 }],
      { note: 'spec §1 offers no tcvn3 decoder: refused with the --encoding hint' },
    ),
    csvCase(
      'C6',
      'semicolons and decimal commas',
      csv(['Mã chỉ số;Giá trị', 'HT.01;60,5', 'DV.01;20,25', 'DV.04;1.362,9']),
      0,
      [],
    ),
    csvCase(
      'C7',
      'Excel sep=; first line',
      csv(['sep=;', 'Mã chỉ số;Giá trị', 'HT.01;60', 'DV.01;20']),
      0,
      [],
    ),
    csvCase(
      'C8',
      'Vietnamese semicolon file (csv-parse delimiter_auto crash regression)',
      csv(['Mã chỉ số;Giá trị', 'HT.02;Có', 'DV.03;Một phần', 'DV.04;1.362,9']),
      0,
      [],
    ),
    csvCase(
      'C9',
      'mixed CRLF, LF and CR line ends',
      'Mã chỉ số,Giá trị\r\nHT.01,60\nDV.01,20\rDV.02,8\n',
      0,
      [],
    ),
    csvCase(
      'C10',
      'quoted newline, then a ragged row',
      csv(['Mã chỉ số,Giá trị,Ghi chú', 'HT.01,60,"dòng 1', 'dòng 2', 'dòng 3"', 'DV.01,20,x,y']),
      1,
      [{ code: 'FILE_CSV_FIELD_COUNT', line: 5 }],
    ),
    csvCase(
      'C11',
      'short and long rows at lines 3, 5 and 9',
      csv([
        'Mã chỉ số,Giá trị',
        'HT.01,60',
        'HT.02',
        'DV.01,20',
        'DV.02,8,9',
        'DV.03,Một phần',
        'DV.04,"1.362,9"',
        '',
        'x,y,z',
      ]),
      1,
      onLines('FILE_CSV_FIELD_COUNT', 3, 5, 9),
    ),
    csvCase(
      'C12',
      'decimal commas and an empty value',
      csv(['Mã chỉ số,Giá trị', 'DV.04,"1.234,5"', 'HT.01,"60,5"', 'DV.02,12', 'DV.01,']),
      0,
      [],
    ),
    csvCase(
      'C13',
      'only ambiguous thousands',
      csv(['Mã chỉ số,Giá trị', 'DV.04,"1,234"', 'DV.02,"2,500"']),
      1,
      onLines('DATA_AMBIGUOUS_NUMBER', 2, 3),
    ),
    csvCase(
      'C14',
      'formula-looking province names (wide)',
      csv([
        'Tỉnh,HT.01',
        '"=HYPERLINK(""http://x/?""&A1,""y"")",60',
        "+cmd|'/c calc'!A1,60",
        '@SUM(1),60',
        '"\t=1",60',
        '＝1,60',
      ]),
      1,
      onLines('PROVINCE_UNKNOWN', 2, 6),
      { note: 'rejected as unknown provinces; the CSV export of such text is tested separately' },
    ),
    csvCase(
      'C15',
      'percent signs, fractions and a % on a count',
      csv(['Mã chỉ số,Giá trị', 'HT.01,85%', 'DV.01,"0,85"', 'DV.02,8%']),
      1,
      [{ code: 'DATA_PERCENT_NOT_EXPECTED', line: 4 }, { code: 'DATA_LOOKS_LIKE_FRACTION' }],
    ),
    csvCase(
      'C16',
      'trailing empty rows, blank lines, whitespace-only cells',
      `${csv(VALID_CSV_LINES)},,\n\n, \n\n`,
      0,
      [],
      { note: 'the tail is skipped with at most an info finding' },
    ),
    csvCase('C17', 'duplicate headers', csv(['Mã chỉ số,Giá trị,Giá trị', 'HT.01,60,61']), 1, [
      { code: 'DATA_DUPLICATE_HEADER' },
    ]),
    csvCase(
      'C18',
      '__proto__ and constructor headers',
      csv(['Mã chỉ số,Giá trị,__proto__,constructor', 'HT.01,60,1,2']),
      1,
      [{ code: 'DATA_RESERVED_HEADER' }],
    ),
    csvCase(
      'C19',
      'NUL and BEL inside values',
      csv(['Mã chỉ số,Giá trị', 'HT.01,6\u00000', 'DV.01,2\u00070']),
      1,
      onLines('DATA_CONTROL_CHARACTER', 2, 3),
    ),
    csvCase(
      'C20',
      'one 5 MB unquoted field',
      `Mã chỉ số,Giá trị\nHT.01,${'9'.repeat(5 * MB)}\n`,
      1,
      [{ code: 'FILE_CSV_RECORD_TOO_LARGE', line: 2 }],
      { maxMs: 5000 },
    ),
    csvCase(
      'C21',
      'unclosed quote at EOF',
      csv(['Mã chỉ số,Giá trị', 'HT.01,60', '"DV.01,20']),
      1,
      [{ code: 'FILE_CSV_QUOTE', line: 3 }],
    ),
    csvCase('C22a', 'empty CSV', '', 1, [{ code: 'FILE_EMPTY' }]),
    csvCase('C22b', 'header only', 'Mã chỉ số,Giá trị\n', 1, [{ code: 'DATA_NO_DATA' }]),

    // --- 8.5 Unicode and names ---
    csvCase('U1', 'NFD headers and values', csv(VALID_CSV_LINES).normalize('NFD'), 0, []),
    xlsx(
      'U2',
      'NFD sheet name chosen with an NFC --sheet',
      ooxml({ sheetName: 'Dữ liệu'.normalize('NFD') }),
      0,
      [],
      { args: ['--sheet', 'Dữ liệu'] },
    ),
    csvCase(
      'U4a',
      'province spelling variants (wide)',
      csv([
        'Tỉnh,HT.01',
        'TP. Hồ Chí Minh,60',
        'Thanh Hoá,60',
        'DONG NAI,60',
        'Đắc Lắc,60',
        'Hà\u00a0Nội,60',
        'Quảng\u200bNinh,60',
        'Huế,60',
      ]),
      0,
      [],
      { inputs: ['tinh.csv'] },
    ),
    csvCase(
      'U4b',
      'an unknown province with suggestions',
      csv(['Tỉnh,HT.01', 'Dong Na,60']),
      1,
      [{ code: 'PROVINCE_UNKNOWN', line: 2 }],
      { inputs: ['tinh.csv'] },
    ),
    csvCase(
      'U5',
      'a retired province for 2025',
      csv(['Tỉnh,Năm,HT.01', 'Bình Phước,2025,60']),
      1,
      [{ code: 'PROVINCE_RETIRED', line: 2 }],
      { inputs: ['tinh.csv'] },
    ),
    ...yamlCases(set),
  ];
  return cases;
}

/** Writes one case's files (and the set) into `dir`. */
export async function writeCase(dir: string, c: CorpusCase, set: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, SET_FILE), set);
  for (const [name, bytes] of Object.entries(c.files)) await writeFile(join(dir, name), bytes);
}

export { setText };
