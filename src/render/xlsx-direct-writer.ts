import { constants as zlibConstants, createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { columnLetter } from '../core/cell-address.js';
import { columnWidth } from './workbook-write.js';
import { NUMBER_FORMATS, type SheetRule, type SheetSpec } from './workbook-sheet.js';
import { workbookText } from './workbook-text.js';

/**
 * A direct SpreadsheetML writer for big batches: the sheets' XML is built as text and deflated
 * while it is being built (zlib works on its own thread), with none of ExcelJS's per-cell
 * objects. It writes only what the report needs: numbers, inline strings (never formulas or
 * hyperlinks), a fixed small style table, frozen header, column widths, autofilter, conditional
 * formats and print setup. The bytes depend only on the sheets and the date.
 */

export interface XlsxDirectOptions {
  /** created/modified, and the timestamp of every zip entry. */
  date: Date;
  /** zlib level; 1 is several times faster than 6 and only slightly larger. */
  level?: number;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const HEADER_FILL = 'FFD9E1F2';
const DATA_BAR_COLOUR = 'FF5B9BD5';
const SCALE_COLOURS = ['FFF8696B', 'FFFFEB84', 'FF63BE7B'] as const;

/** Built-in number formats Excel knows by id; any other format gets an id from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** Text flushed to the deflater in pieces of about this many UTF-16 units. */
const FLUSH_AT = 1 << 18;

/** The report workbook as .xlsx bytes, written directly. */
export async function xlsxDirectWrite(
  sheets: readonly SheetSpec[],
  options: XlsxDirectOptions,
): Promise<Uint8Array> {
  const level = options.level ?? 1;
  const zip = new ZipBuilder(options.date, level);
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const names = uniqueNames(sheets);

  // Small parts first, as Excel writes them; the sheets are streamed in, styles come after.
  zip.addSync('[Content_Types].xml', contentTypes(sheets.length));
  zip.addSync('_rels/.rels', rootRels());
  zip.addSync('docProps/core.xml', coreXml(options.date));
  zip.addSync('docProps/app.xml', appXml(names));
  zip.addSync('xl/workbook.xml', workbookXml(sheets, names));
  zip.addSync('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
  for (let i = 0; i < sheets.length; i++) {
    const entry = zip.stream(`xl/worksheets/sheet${i + 1}.xml`);
    await writeSheetXml(sheets[i]!, styles, strings, i === 0, entry);
    await entry.end();
  }
  zip.addSync('xl/sharedStrings.xml', strings.xml());
  zip.addSync('xl/styles.xml', styles.xml());
  return zip.finish();
}

// ---------------------------------------------------------------------------------------------
// Text

const TEXT_SPECIAL = /[&<>"]/;
const TEXT_SPECIAL_ALL = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** XML-escaped text with characters XML 1.0 cannot hold replaced (workbookText). */
function escapeXml(text: string): string {
  const clean = workbookText(text);
  return TEXT_SPECIAL.test(clean)
    ? clean.replace(TEXT_SPECIAL_ALL, (ch) => ENTITIES[ch] ?? ch)
    : clean;
}

const NEEDS_PRESERVE = /^\s|\s$|[\t\n\r]| {2}/;

/** An inline string's <t>: xml:space="preserve" only where whitespace would otherwise be lost. */
function inlineText(text: string): string {
  const escaped = escapeXml(text);
  return NEEDS_PRESERVE.test(escaped)
    ? `<is><t xml:space="preserve">${escaped}</t></is>`
    : `<is><t>${escaped}</t></is>`;
}

const SHARED_TAIL_OPEN = ' t="s"><v>';

/**
 * Text cells refer to one table of distinct strings: most texts repeat (an entity's label on
 * every one of its gap rows, indicator and band names), so this halves the XML to build and
 * deflate compared with inline strings.
 */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    this.count += 1;
    return id;
  }

  xml(): string {
    const parts = [
      XML_DECL,
      `<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.ids.size}">`,
    ];
    for (const text of this.ids.keys()) parts.push(`<si>${inlineText(text).slice(4, -5)}</si>`);
    parts.push('</sst>');
    return parts.join('');
  }
}

/** Sheet name as quoted in a reference: 'Xếp hạng'!$A$1. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel refuses two sheets with one name (case-insensitively); the specs never have them. */
function uniqueNames(sheets: readonly SheetSpec[]): string[] {
  const seen = new Set<string>();
  return sheets.map((sheet, index) => {
    let name = workbookText(sheet.name);
    if (seen.has(name.toLowerCase())) name = `${name.slice(0, 25)} (${index + 1})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

// ---------------------------------------------------------------------------------------------
// Styles

class StyleTable {
  /** cellXfs 0 is the default, 1 the header; then one per (numFmt, bold, wrap) in use. */
  private readonly xfs: { numFmtId: number; bold: boolean; wrap: boolean }[] = [];
  private readonly xfByKey = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private readonly dxfByColour = new Map<string, number>();

  /** The cellXfs index of a look; 0 for the default. */
  cell(numFmt: string | undefined, bold: boolean, wrap: boolean): number {
    if (numFmt === undefined && !bold && !wrap) return 0;
    const key = `${numFmt ?? ''}\u0000${bold ? 1 : 0}${wrap ? 1 : 0}`;
    let id = this.xfByKey.get(key);
    if (id === undefined) {
      id = this.xfs.length + 2;
      this.xfs.push({ numFmtId: this.format(numFmt), bold, wrap });
      this.xfByKey.set(key, id);
    }
    return id;
  }

  /** The dxfs index of a solid background fill. */
  fill(colour: string): number {
    let id = this.dxfByColour.get(colour);
    if (id === undefined) {
      id = this.dxfByColour.size;
      this.dxfByColour.set(colour, id);
    }
    return id;
  }

  private format(numFmt: string | undefined): number {
    if (numFmt === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[numFmt];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(numFmt);
    if (id === undefined) {
      id = 164 + this.customFormats.size;
      this.customFormats.set(numFmt, id);
    }
    return id;
  }

  xml(): string {
    const parts: string[] = [XML_DECL, `<styleSheet xmlns="${NS_MAIN}">`];
    if (this.customFormats.size > 0) {
      parts.push(`<numFmts count="${this.customFormats.size}">`);
      for (const [code, id] of this.customFormats) {
        parts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      }
      parts.push('</numFmts>');
    }
    parts.push(
      '<fonts count="2">',
      '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
      '</fonts>',
      '<fills count="3">',
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill>`,
      '</fills>',
      '<borders count="2">',
      '<border><left/><right/><top/><bottom/><diagonal/></border>',
      '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>',
      '</borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfs.length + 2}">`,
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    );
    for (const xf of this.xfs) {
      let attrs = `numFmtId="${xf.numFmtId}" fontId="${xf.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"`;
      if (xf.numFmtId !== 0) attrs += ' applyNumberFormat="1"';
      if (xf.bold) attrs += ' applyFont="1"';
      parts.push(
        xf.wrap
          ? `<xf ${attrs} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
          : `<xf ${attrs}/>`,
      );
    }
    parts.push(
      '</cellXfs>',
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      `<dxfs count="${this.dxfByColour.size}">`,
    );
    for (const colour of this.dxfByColour.keys()) {
      parts.push(
        `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${escapeXml(colour)}"/></patternFill></fill></dxf>`,
      );
    }
    parts.push(
      '</dxfs>',
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '</styleSheet>',
    );
    return parts.join('');
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface TextSink {
  write(text: string): Promise<void> | undefined;
}

async function writeSheetXml(
  spec: SheetSpec,
  styles: StyleTable,
  strings: SharedStrings,
  selected: boolean,
  sink: TextSink,
): Promise<void> {
  const columnCount = spec.columns.length;
  const lastRow = spec.rows.length + 1;
  const letters = spec.columns.map((_, index) => columnLetter(index + 1));
  const lastLetter = columnLetter(Math.max(1, columnCount));
  const frozen = spec.frozenColumns ?? 0;

  let out = XML_DECL;
  out += `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  out += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  out += `<dimension ref="A1:${lastLetter}${lastRow}"/>`;
  out += `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">`;
  if (frozen > 0) {
    const topLeft = `${columnLetter(frozen + 1)}2`;
    out += `<pane xSplit="${frozen}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/>`;
    out += `<selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  } else {
    out += '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
    out += '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  }
  out += '</sheetView></sheetViews>';
  out += '<sheetFormatPr defaultRowHeight="15"/>';
  if (columnCount > 0) {
    out += '<cols>';
    for (let i = 0; i < columnCount; i++) {
      out += `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(spec, i)}" customWidth="1"/>`;
    }
    out += '</cols>';
  }
  out += '<sheetData>';

  // Header row.
  out += '<row r="1">';
  for (let i = 0; i < columnCount; i++) {
    out += `<c r="${letters[i]}1" s="1" t="inlineStr">${inlineText(spec.columns[i]!.header)}</c>`;
  }
  out += '</row>';

  // Per column: the style of a plain number and of a plain string.
  const numberStyle = spec.columns.map((column) =>
    styles.cell(column.numFmt, false, column.wrap === true),
  );
  const stringStyle = spec.columns.map((column) =>
    styles.cell(
      column.text === true ? NUMBER_FORMATS.text : undefined,
      false,
      column.wrap === true,
    ),
  );
  const numberAttr = numberStyle.map((s) => (s === 0 ? '' : ` s="${s}"`));
  const stringAttr = stringStyle.map((s) => (s === 0 ? '' : ` s="${s}"`));
  // The tail of a string cell (after its address and style): its shared-string index.
  const textTail = (text: string): string => `${SHARED_TAIL_OPEN}${strings.index(text)}</v></c>`;

  const rows = spec.rows;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    const rowNumber = String(r + 2);
    out += `<row r="${rowNumber}">`;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === null || cell === undefined) continue;
      const letter = letters[i] ?? columnLetter(i + 1);
      if (typeof cell === 'number') {
        if (Number.isFinite(cell)) {
          out += `<c r="${letter}${rowNumber}"${numberAttr[i] ?? ''}><v>${String(cell)}</v></c>`;
        }
      } else if (typeof cell === 'string') {
        if (cell !== '')
          out += `<c r="${letter}${rowNumber}"${stringAttr[i] ?? ''}${textTail(cell)}`;
      } else {
        const value = cell.value;
        const column = spec.columns[i];
        const wrap = column?.wrap === true;
        const bold = cell.bold === true;
        if (typeof value === 'number') {
          if (!Number.isFinite(value)) continue;
          const s = styles.cell(cell.numFmt ?? column?.numFmt, bold, wrap);
          out += `<c r="${letter}${rowNumber}"${s === 0 ? '' : ` s="${s}"`}><v>${String(value)}</v></c>`;
        } else if (typeof value === 'string' && value !== '') {
          const format = cell.numFmt ?? (column?.text === true ? NUMBER_FORMATS.text : undefined);
          const s = styles.cell(format, bold, wrap);
          out += `<c r="${letter}${rowNumber}"${s === 0 ? '' : ` s="${s}"`}${textTail(value)}`;
        }
      }
    }
    out += '</row>';
    if (out.length >= FLUSH_AT) {
      const pending = sink.write(out);
      out = '';
      if (pending !== undefined) await pending;
    }
  }
  out += '</sheetData>';

  if (spec.autoFilter !== false && columnCount > 0) {
    out += `<autoFilter ref="A1:${lastLetter}${lastRow}"/>`;
  }
  if (spec.rows.length > 0) {
    let priority = 0;
    for (const rule of spec.rules) {
      out += ruleXml(rule, lastRow, styles, () => ++priority);
    }
  }
  out += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  out += '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  out += '</worksheet>';
  const pending = sink.write(out);
  if (pending !== undefined) await pending;
}

/** The same conditional formats as workbook-write's addRule, in SpreadsheetML. */
function ruleXml(rule: SheetRule, lastRow: number, styles: StyleTable, next: () => number): string {
  const range = (from: number, to: number): string =>
    `${columnLetter(from + 1)}2:${columnLetter(to + 1)}${lastRow}`;
  switch (rule.kind) {
    case 'dataBar':
      return (
        `<conditionalFormatting sqref="${range(rule.column, rule.column)}">` +
        `<cfRule type="dataBar" priority="${next()}"><dataBar>` +
        '<cfvo type="num" val="0"/><cfvo type="num" val="1"/>' +
        `<color rgb="${DATA_BAR_COLOUR}"/></dataBar></cfRule></conditionalFormatting>`
      );
    case 'colorScale':
      return (
        `<conditionalFormatting sqref="${range(rule.fromColumn, rule.toColumn)}">` +
        `<cfRule type="colorScale" priority="${next()}"><colorScale>` +
        '<cfvo type="num" val="0"/><cfvo type="num" val="0.5"/><cfvo type="num" val="1"/>' +
        SCALE_COLOURS.map((colour) => `<color rgb="${colour}"/>`).join('') +
        '</colorScale></cfRule></conditionalFormatting>'
      );
    case 'bands':
    case 'severity': {
      const letter = columnLetter(rule.column + 1);
      let xml = `<conditionalFormatting sqref="${range(rule.column, rule.column)}">`;
      for (const fill of rule.fills) {
        const formula = `$${letter}2="${workbookText(fill.text).replace(/"/g, '""')}"`;
        xml +=
          `<cfRule type="expression" dxfId="${styles.fill(fill.colour)}" priority="${next()}">` +
          `<formula>${escapeXml(formula)}</formula></cfRule>`;
      }
      return `${xml}</conditionalFormatting>`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Package parts

function contentTypes(sheetCount: number): string {
  let xml =
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>';
  for (let i = 1; i <= sheetCount; i++) {
    xml += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  xml +=
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>';
  return xml;
}

function rootRels(): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '</Relationships>'
  );
}

function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

function coreXml(date: Date): string {
  const when = w3cdtf(date);
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:creator>smartcity</dc:creator><cp:lastModifiedBy>smartcity</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(names: readonly string[]): string {
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>smartcity</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">` +
    names.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join('') +
    '</vt:vector></TitlesOfParts></Properties>'
  );
}

function workbookXml(sheets: readonly SheetSpec[], names: readonly string[]): string {
  let xml =
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>';
  names.forEach((name, index) => {
    xml += `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`;
  });
  xml += '</sheets>';
  const defined: string[] = [];
  sheets.forEach((spec, index) => {
    const quoted = escapeXml(quotedSheet(names[index]!));
    if (spec.autoFilter !== false && spec.columns.length > 0) {
      const ref = `$A$1:$${columnLetter(spec.columns.length)}$${spec.rows.length + 1}`;
      defined.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${quoted}!${ref}</definedName>`,
      );
    }
    defined.push(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${quoted}!$1:$1</definedName>`,
    );
  });
  if (defined.length > 0) xml += `<definedNames>${defined.join('')}</definedNames>`;
  xml += '<calcPr calcId="191029"/></workbook>';
  return xml;
}

function workbookRels(sheetCount: number): string {
  let xml = XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">`;
  for (let i = 1; i <= sheetCount; i++) {
    xml += `<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  }
  xml += `<Relationship Id="rId${sheetCount + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`;
  xml += `<Relationship Id="rId${sheetCount + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${xml}</Relationships>`;
}

// ---------------------------------------------------------------------------------------------
// Zip

interface ZipRecord {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** A stored-order zip of deflated entries (no ZIP64: the parts stay far below 4 GiB). */
class ZipBuilder {
  private readonly chunks: Buffer[] = [];
  private readonly records: ZipRecord[] = [];
  private offset = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(
    date: Date,
    private readonly level: number,
  ) {
    const year = date.getUTCFullYear();
    if (year >= 1980 && year <= 2107) {
      this.dosDate = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
      this.dosTime =
        (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
    } else {
      // Outside what DOS stamps can hold: 1980-01-01 00:00, still fixed.
      this.dosDate = (1 << 5) | 1;
      this.dosTime = 0;
    }
  }

  addSync(name: string, text: string): void {
    const data = Buffer.from(text, 'utf8');
    const compressed = deflateRawSync(data, { level: this.level });
    this.append(name, crc32(data), data.length, [compressed], compressed.length);
  }

  /** An entry whose text arrives in pieces and is deflated on zlib's thread as it comes. */
  stream(name: string): TextSink & { end(): Promise<void> } {
    const deflater = createDeflateRaw({
      level: this.level,
      memLevel: 9,
      strategy: zlibConstants.Z_DEFAULT_STRATEGY,
    });
    const output: Buffer[] = [];
    let compressedSize = 0;
    deflater.on('data', (chunk: Buffer) => {
      output.push(chunk);
      compressedSize += chunk.length;
    });
    const done = new Promise<void>((resolve, reject) => {
      deflater.on('end', resolve);
      deflater.on('error', reject);
    });
    let crc = 0;
    let size = 0;
    return {
      write: (text: string) => {
        const data = Buffer.from(text, 'utf8');
        crc = crc32(data, crc);
        size += data.length;
        deflater.write(data);
        // Let zlib's completions run so the next piece starts while this thread builds more.
        return new Promise<void>((resolve) => setImmediate(resolve));
      },
      end: async () => {
        deflater.end();
        await done;
        this.append(name, crc, size, output, compressedSize);
      },
    };
  }

  private append(
    name: string,
    crc: number,
    size: number,
    data: Buffer[],
    compressedSize: number,
  ): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(this.dosTime, 10);
    header.writeUInt16LE(this.dosDate, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    this.records.push({
      name: nameBytes,
      crc: crc >>> 0,
      compressedSize,
      size,
      offset: this.offset,
    });
    this.chunks.push(header, nameBytes, ...data);
    this.offset += header.length + nameBytes.length + compressedSize;
  }

  finish(): Uint8Array {
    const start = this.offset;
    let directorySize = 0;
    for (const record of this.records) {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x0800, 8);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt16LE(this.dosTime, 12);
      entry.writeUInt16LE(this.dosDate, 14);
      entry.writeUInt32LE(record.crc, 16);
      entry.writeUInt32LE(record.compressedSize, 20);
      entry.writeUInt32LE(record.size, 24);
      entry.writeUInt16LE(record.name.length, 28);
      // Extra, comment, disk, internal and external attributes: all zero.
      entry.writeUInt32LE(record.offset, 42);
      this.chunks.push(entry, record.name);
      directorySize += entry.length + record.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.records.length, 8);
    end.writeUInt16LE(this.records.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(start, 16);
    this.chunks.push(end);
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}
