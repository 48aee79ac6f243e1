import { writeZip, type ZipEntrySpec } from './zip-writer.js';

/**
 * Minimal SpreadsheetML packages written from XML strings, for the bad-input corpus
 * (reliability.md §8 and §9). Each case swaps one part of a small, valid workbook, so what is
 * wrong with a fixture is visible in the test that builds it. Nothing binary is committed.
 */
export interface OoxmlParts {
  /** Inner XML of <sheetData> (rows), or a whole sheet1.xml when it starts with `<?xml`. */
  sheet?: string;
  /** Extra XML after </sheetData> (mergeCells, hyperlinks, …). */
  afterSheetData?: string;
  /** The <si> items of xl/sharedStrings.xml, or a whole part when it starts with `<?xml`/`<!`. */
  sharedStrings?: string[] | string;
  /** Attributes of <workbookPr>, e.g. `date1904="1"`. */
  workbookPr?: string;
  /** Attributes of the <sheet> element beyond name/sheetId/r:id (e.g. `state="hidden"`). */
  sheetAttributes?: string;
  sheetName?: string;
  sheetId?: number;
  /** Extra entries (junk, macros, odd names). */
  extra?: ZipEntrySpec[];
  /** Entries whose data replaces (or, with null, removes) a part by name. */
  replace?: Record<string, string | null>;
  method?: 'store' | 'deflate';
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Escapes text for an XML text node or attribute value. */
function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An inline-string cell. */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
}

/** A number cell, optionally styled (s=1 date, 2 percent, 3 text). */
export function numberCell(ref: string, value: number | string, style?: number): string {
  return `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${value}</v></c>`;
}

/** A long-layout sheet: header `Mã chỉ số | Giá trị`, then one row per [code, cellXml]. */
export function longRows(rows: readonly (readonly [string, string])[]): string {
  const header = `<row r="1">${inlineCell('A1', 'Mã chỉ số')}${inlineCell('B1', 'Giá trị')}</row>`;
  const body = rows
    .map(
      ([code, valueXml], i) =>
        `<row r="${i + 2}">${inlineCell(`A${i + 2}`, code)}${valueXml}</row>`,
    )
    .join('');
  return header + body;
}

/** A valid long sheet for the worked-example set: every indicator reported. */
export function validRows(): string {
  return longRows([
    ['HT.01', numberCell('B2', 60)],
    ['HT.02', inlineCell('B3', 'Có')],
    ['DV.01', numberCell('B4', 20)],
    ['DV.02', numberCell('B5', 8)],
    ['DV.03', inlineCell('B6', 'Một phần')],
    ['DV.04', numberCell('B7', 1362.9)],
  ]);
}

const STYLES = `${XML}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The parts of a workbook, by entry name, before zipping. */
export function ooxmlParts(parts: OoxmlParts = {}): Map<string, string> {
  const sheetData = parts.sheet ?? validRows();
  const sheetXml = sheetData.startsWith('<?xml')
    ? sheetData
    : `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetData>${sheetData}</sheetData>${parts.afterSheetData ?? ''}</worksheet>`;
  const shared = parts.sharedStrings ?? [];
  const sharedXml =
    typeof shared === 'string'
      ? shared
      : `${XML}<sst xmlns="${NS}" count="${shared.length}" uniqueCount="${shared.length}">${shared.join('')}</sst>`;
  const out = new Map<string, string>([
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr ${parts.workbookPr ?? ''}/><sheets><sheet name="${xmlText(parts.sheetName ?? 'Dữ liệu')}" sheetId="${parts.sheetId ?? 1}" ${parts.sheetAttributes ?? ''} r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ['xl/sharedStrings.xml', sharedXml],
    ['xl/worksheets/sheet1.xml', sheetXml],
  ]);
  for (const [name, data] of Object.entries(parts.replace ?? {})) {
    if (data === null) out.delete(name);
    else out.set(name, data);
  }
  return out;
}

/** A workbook zip from parts (see OoxmlParts). */
export function ooxml(parts: OoxmlParts = {}): Buffer {
  const specs: ZipEntrySpec[] = [...ooxmlParts(parts)].map(([name, data]) => ({
    name,
    data,
    method: parts.method ?? 'deflate',
  }));
  return writeZip([...specs, ...(parts.extra ?? [])]);
}

/**
 * The base workbook with its sheet given as a ready zip entry — pre-deflated hundreds of MB, or
 * with sizes that lie — placed last, where a reader meets it after every other part.
 */
export function ooxmlWithSheet(sheet: Omit<ZipEntrySpec, 'name'>): Buffer {
  const parts = ooxmlParts();
  parts.delete('xl/worksheets/sheet1.xml');
  const specs: ZipEntrySpec[] = [...parts].map(([name, data]) => ({ name, data }));
  return writeZip([...specs, { name: 'xl/worksheets/sheet1.xml', ...sheet }]);
}
