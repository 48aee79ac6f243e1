import {
  inlineCell,
  longRows,
  numberCell,
  ooxml,
  ooxmlWithSheet,
  validRows,
} from '../helpers/corpus-ooxml.js';
import { deflateGenerated } from '../helpers/corpus-zip.js';
import { deflateRepeated, writeZip } from '../helpers/zip-writer.js';
import type { ExpectedFinding } from './build-corpus.js';

/**
 * The workbooks of the red team's report (issue 17: a hang, a zip parser differential, memory
 * blow-ups from sparse cells and range expansion, silent number changes, a bad shared-string
 * index; issue 19: bombs against a budget instead of a per-entry cap), built at test time. Each
 * runs through the built binary in a child process (corpus.test.ts), which asserts the exit
 * code, the findings, and bounds on wall time and peak memory (the child's maxRSS): the targets
 * for a small hostile workbook are 15 s and 700 MB on a 2-core machine.
 */
export interface RedTeamCase {
  id: string;
  title: string;
  /** The workbook, written as `name` (default quang-ninh.xlsx). */
  bytes: Buffer;
  name?: string;
  args?: string[];
  exit: 0 | 1;
  findings: ExpectedFinding[];
  /** Codes that must NOT appear. */
  absent?: string[];
  maxMs: number;
  maxRssMb: number;
}

const MB = 1024 * 1024;
const SMALL = { maxMs: 15_000, maxRssMb: 700 } as const;
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The valid base workbook with more in its sheet after </sheetData> (or before it). */
function withSheetExtras(after: string, before = ''): Buffer {
  const sheet = `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${before}<sheetData>${validRows()}</sheetData>${after}</worksheet>`;
  return ooxml({ replace: { 'xl/worksheets/sheet1.xml': sheet } });
}

/** Two sheets whose names are longer than Excel's 31 characters and agree on the first 31. */
function longSheetNames(): Buffer {
  const first = 'Số liệu chỉ số đô thị thông minh năm 2025 — bản chính thức';
  const second = 'Số liệu chỉ số đô thị thông minh năm 2025 — bản nháp';
  const workbook = `${XML}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${first}" sheetId="1" r:id="rId1"/><sheet name="${second}" sheetId="2" r:id="rId4"/></sheets></workbook>`;
  const rels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL_NS}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;
  const draft = `${XML}<worksheet xmlns="${NS}"><sheetData><row r="1">${inlineCell('A1', 'nháp')}</row></sheetData></worksheet>`;
  return ooxml({
    replace: {
      'xl/workbook.xml': workbook,
      'xl/_rels/workbook.xml.rels': rels,
      'xl/worksheets/sheet2.xml': draft,
    },
  });
}

/** Where the end record and the central directory are in a comment-less zip. */
function directoryOf(zip: Buffer): { offset: number; size: number; endAt: number } {
  const endAt = zip.length - 22;
  return { offset: zip.readUInt32LE(endAt + 16), size: zip.readUInt32LE(endAt + 12), endAt };
}

/**
 * Issue 17 item 2: bytes between the central directory and the end record — here a whole second
 * archive holding a 100 MB bomb, which a parser that takes the gap for prepended data reads
 * instead of the directory the pre-flight checked.
 */
async function directoryGap(): Promise<Buffer> {
  const valid = ooxml();
  const { offset, size, endAt } = directoryOf(valid);
  const bomb = writeZip([
    { name: 'xl/worksheets/sheet1.xml', compressed: await deflateRepeated(0x20, 100 * MB) },
  ]);
  return Buffer.concat([valid.subarray(0, offset + size), bomb, valid.subarray(endAt)]);
}

/** A few bytes between two local entries (the directory's offsets still point right). */
function gapBetweenEntries(): Buffer {
  const valid = ooxml();
  const { offset, endAt } = directoryOf(valid);
  const directory = Buffer.from(valid.subarray(offset, endAt));
  const secondAt = directory.readUInt32LE(46 + directory.readUInt16LE(28) + 42);
  // Shift every entry after the first by 8 bytes and fix the directory's offsets, so only the
  // gap is wrong.
  const shifted = Buffer.concat([
    valid.subarray(0, secondAt),
    Buffer.from('PK\u0007\u0008gap!'),
    valid.subarray(secondAt, offset),
  ]);
  let at = 0;
  while (at < directory.length) {
    const local = directory.readUInt32LE(at + 42);
    if (local >= secondAt) directory.writeUInt32LE(local + 8, at + 42);
    at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30);
  }
  const end = Buffer.from(valid.subarray(endAt));
  end.writeUInt32LE(offset + 8, 16);
  return Buffer.concat([shifted, directory, end]);
}

/** 600 rows each holding one text cell at XFD, the last column (4.7 KB zipped). */
function sparseFarCells(): Buffer {
  let rows = validRows();
  for (let r = 10; r < 610; r++) rows += `<row r="${r}">${inlineCell(`XFD${r}`, 'x')}</row>`;
  return ooxml({ sheet: rows });
}

/** Rows of three numbers without `r`, repeated: ~1,000× compression (the corpus's 400 MB bomb). */
function* repeatedRows(megabytes: number): Generator<string> {
  const row = '<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>';
  const chunk = row.repeat(Math.floor(MB / row.length));
  yield `${XML}<worksheet xmlns="${NS}"><sheetData>`;
  for (let i = 0; i < megabytes; i++) yield chunk;
  yield '</sheetData></worksheet>';
}

/** Honest rows with varied numbers (compresses 10–30×): `count` rows of `columns` cells. */
function* honestRows(count: number, columns: number): Generator<string> {
  yield `${XML}<worksheet xmlns="${NS}"><sheetData>`;
  const letters = Array.from({ length: columns }, (_, i) => String.fromCharCode(65 + i));
  for (let r = 1; r <= count; r++) {
    let row = `<row r="${r}">`;
    for (const l of letters)
      row += `<c r="${l}${r}"><v>${(r * 7919 + l.charCodeAt(0)) % 100_003}</v></c>`;
    yield `${row}</row>`;
  }
  yield '</sheetData></worksheet>';
}

export async function redTeamXlsxCases(): Promise<RedTeamCase[]> {
  const notNumber = longRows([
    ['HT.01', numberCell('B2', '12abc')],
    ['HT.02', inlineCell('B3', 'Có')],
    ['DV.01', numberCell('B4', '0x10')],
    ['DV.02', numberCell('B5', '1,5')],
  ]);
  return [
    {
      id: 'RT1',
      title: 'two sheet names over 31 characters, equal in their first 31 (the hang)',
      bytes: longSheetNames(),
      exit: 0,
      findings: [],
      absent: ['FILE_XLSX_CORRUPT'],
      ...SMALL,
    },
    {
      id: 'RT2a',
      title: 'a second archive (a 100 MB bomb) between the directory and its end record',
      bytes: await directoryGap(),
      exit: 1,
      findings: [{ code: 'FILE_XLSX_CORRUPT', message: 'end record' }],
      ...SMALL,
    },
    {
      id: 'RT2b',
      title: 'eight bytes between two entries',
      bytes: gapBetweenEntries(),
      exit: 1,
      findings: [{ code: 'FILE_XLSX_CORRUPT' }],
      ...SMALL,
    },
    {
      id: 'RT2c',
      title: 'bytes after the end record',
      bytes: Buffer.concat([ooxml(), Buffer.from('trailing')]),
      exit: 1,
      findings: [{ code: 'FILE_XLSX_CORRUPT' }],
      ...SMALL,
    },
    {
      id: 'RT3',
      title: '600 rows each with one cell at column XFD',
      bytes: sparseFarCells(),
      exit: 0,
      findings: [],
      ...SMALL,
    },
    {
      id: 'RT4a',
      title: 'data validation over whole columns B:K',
      bytes: withSheetExtras(
        '<dataValidations count="1"><dataValidation type="decimal" operator="between" allowBlank="1" sqref="B1:K1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>',
      ),
      exit: 0,
      findings: [],
      ...SMALL,
    },
    {
      id: 'RT4b',
      title: 'a merge over D1:XFD1048576',
      bytes: withSheetExtras('<mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>'),
      exit: 0,
      findings: [],
      ...SMALL,
    },
    {
      id: 'RT4c',
      title: '<col min="1" max="99999999">',
      bytes: withSheetExtras(
        '',
        '<cols><col min="1" max="99999999" width="12" customWidth="1"/></cols>',
      ),
      exit: 0,
      findings: [],
      ...SMALL,
    },
    {
      id: 'RT4d',
      title: 'conditional formatting over the whole sheet',
      bytes: withSheetExtras(
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>',
      ),
      exit: 0,
      findings: [],
      ...SMALL,
    },
    {
      id: 'RT9',
      title: 'numeric cells holding 12abc, 0x10 and 1,5',
      bytes: ooxml({ sheet: notNumber }),
      exit: 1,
      findings: [
        { code: 'FILE_XLSX_BAD_NUMBER', cell: 'B2', value: '12abc' },
        { code: 'FILE_XLSX_BAD_NUMBER', cell: 'B4', value: '0x10' },
        { code: 'FILE_XLSX_BAD_NUMBER', cell: 'B5', value: '1,5' },
      ],
      ...SMALL,
    },
    {
      id: 'RT11',
      title: 'a shared-string index past the table',
      bytes: ooxml({
        sharedStrings: ['<si><t>HT.01</t></si>'],
        sheet: longRows([['HT.01', '<c r="B2" t="s"><v>7</v></c>']]),
      }),
      exit: 1,
      findings: [{ code: 'FILE_XLSX_BAD_SHARED_STRING', cell: 'B2' }],
      ...SMALL,
    },
    {
      id: 'RTB1',
      title: 'a sheet of 150 MB that compresses ~1,000× (a bomb by ratio)',
      bytes: ooxmlWithSheet({ compressed: await deflateGenerated(repeatedRows(150), 6) }),
      exit: 1,
      findings: [{ code: 'FILE_XLSX_INFLATE_RATIO', value: 'xl/worksheets/sheet1.xml' }],
      ...SMALL,
    },
    {
      id: 'RTB2',
      title: 'an honest 12 MB sheet with --max-size 2 (10 MB inflated in all)',
      bytes: ooxmlWithSheet({ compressed: await deflateGenerated(honestRows(50_000, 8), 6) }),
      args: ['--max-size', '2'],
      exit: 1,
      findings: [{ code: 'FILE_XLSX_TOO_LARGE' }],
      ...SMALL,
    },
    {
      id: 'RTB3',
      title: 'under the zip budget but 250,000 rows: over the row cap',
      bytes: ooxmlWithSheet({ compressed: await deflateGenerated(honestRows(250_000, 1), 6) }),
      exit: 1,
      findings: [{ code: 'FILE_TOO_MANY_CELLS' }],
      ...SMALL,
    },
  ];
}
