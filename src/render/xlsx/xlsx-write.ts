import { columnLetter } from '../../core/table/cell-address.js';
import {
  cellValue,
  eachRow,
  hasHeader,
  rowCount,
  type CellBlock,
  type ChartSpec,
  type SheetCell,
  type SheetSpec,
} from '../workbook/workbook-sheet.js';
import { workbookText } from '../workbook/workbook-text.js';
import { xlsxDeflateSheet } from './xlsx-deflate-sheet.js';
import { xlsxChart, type ResolvedChart } from './xlsx-chart.js';
import { xlsxDrawing } from './xlsx-drawing.js';
import { sheetFrame, type SheetFrame } from './xlsx-sheet-frame.js';
import { workbookTables } from './xlsx-workbook-tables.js';
import { escapeXml, NS_PKG_REL, NS_REL, NS_MAIN, XML_DECL } from './xlsx-xml-text.js';
import { XlsxZip } from './xlsx-zip.js';

/**
 * The project's SpreadsheetML writer: every workbook the tool writes (reports and the template)
 * goes through it. Each sheet's XML is built straight from its rows (styles and shared strings
 * decided as the cells come), in blocks, while zlib deflates the blocks already built on its own
 * threads. It writes only what the sheets say: numbers, shared strings (never formulas or
 * hyperlinks), a style table, frozen header, column widths, autofilter, conditional formats, data
 * validation, protection, charts and print setup. The bytes depend only on the sheets and the
 * options — not on the time zone or the locale.
 */

export interface XlsxWriteOptions {
  /** created/modified, and the timestamp of every zip entry. */
  date: Date;
  /** The page header's title and the word for "page" in the footer; absent: none. */
  page?: { title: string; pageWord: string };
  /** zlib level; 1 is several times faster than 6 and only slightly larger. */
  level?: number;
}

/** Sheets as .xlsx bytes, in pieces to be written one after another (see XlsxZip.finish). */
export async function xlsxWrite(
  sheets: readonly SheetSpec[],
  options: XlsxWriteOptions,
): Promise<Uint8Array[]> {
  const level = options.level ?? 1;
  const zip = new XlsxZip(options.date, level);
  const tables = workbookTables();
  const names = uniqueNames(sheets);
  const indexByName = new Map(sheets.map((spec, i) => [spec.name, i]));

  const sheetOf = (block: CellBlock, own: number): number => {
    if (block.sheet === undefined) return own;
    const index = indexByName.get(block.sheet);
    if (index === undefined) throw new Error(`no sheet named ${block.sheet}`);
    return index;
  };
  const reference = (block: CellBlock, own: number): string => {
    const index = sheetOf(block, own);
    return `${quotedSheet(names[index]!)}!${absoluteRange(sheets[index]!, block)}`;
  };
  // Drawings are numbered over the sheets that have charts, charts over the whole workbook.
  const drawingOf = new Map<number, number>();
  sheets.forEach((spec, i) => {
    if ((spec.charts ?? []).length > 0) drawingOf.set(i, drawingOf.size + 1);
  });

  const frames = sheets.map((spec) => sheetFrame(spec));
  // Charts take the values of the cells they point at as their cache.
  const chartCount = [...drawingOf.keys()].reduce(
    (sum, i) => sum + (sheets[i]!.charts ?? []).length,
    0,
  );
  const resolveChart = (chart: ChartSpec, own: number): ResolvedChart => {
    const cells = (block: CellBlock): (number | string | null)[] =>
      blockValues(sheets[sheetOf(block, own)]!, block);
    return {
      spec: chart,
      categories: {
        ref: reference(chart.categories, own),
        values: cells(chart.categories).map((value) => (value === null ? '' : String(value))),
      },
      series: chart.series.map((series) => ({
        name: series.name,
        ref: reference(series.values, own),
        values: cells(series.values).map((value) => (typeof value === 'number' ? value : null)),
        ...(series.colour === undefined ? {} : { colour: series.colour }),
        ...(series.hidden === true ? { hidden: true } : {}),
      })),
    };
  };

  // Small parts first, as Excel writes them; then the sheets, the strings and the styles.
  zip.add('[Content_Types].xml', contentTypes(sheets.length, drawingOf.size, chartCount));
  zip.add('_rels/.rels', rootRels());
  zip.add('docProps/core.xml', coreXml(options.date));
  zip.add('docProps/app.xml', appXml(names));
  zip.add('xl/workbook.xml', workbookXml(sheets, names, frames));
  zip.add('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
  // One sheet after another, so shared strings and styles are numbered in sheet order; each is
  // built in blocks on this thread while zlib deflates the blocks already built (and the end of
  // the sheet before) on its own threads.
  const freeBlocks: Uint8Array[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const sheet = xlsxDeflateSheet(
      sheets[i]!,
      frames[i]!,
      tables,
      {
        selected: i === 0,
        page: options.page ?? null,
        drawing: drawingOf.has(i) ? 'rId1' : null,
        reference: (block) => reference(block, i),
      },
      level,
      freeBlocks,
    );
    zip.addPending(`xl/worksheets/sheet${i + 1}.xml`, sheet.deflated);
    await sheet.written;
  }
  let chartNumber = 0;
  for (const [i, drawing] of drawingOf) {
    const charts = sheets[i]!.charts ?? [];
    const firstRow = frames[i]!.firstRow - 1;
    zip.add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheetRels(drawing));
    zip.add(
      `xl/drawings/drawing${drawing}.xml`,
      xlsxDrawing(
        charts.map((chart, k) => ({
          name: `Chart ${k + 1}`,
          fromRow: firstRow + chart.anchor.row,
          fromColumn: chart.anchor.column,
          toRow: firstRow + chart.anchor.row + chart.anchor.rows,
          toColumn: chart.anchor.column + chart.anchor.columns,
        })),
      ),
    );
    const numbers = charts.map(() => ++chartNumber);
    zip.add(`xl/drawings/_rels/drawing${drawing}.xml.rels`, drawingRels(numbers));
    charts.forEach((chart, k) => {
      zip.add(`xl/charts/chart${numbers[k]}.xml`, xlsxChart(resolveChart(chart, i)));
    });
  }
  zip.add('xl/sharedStrings.xml', tables.strings.xml());
  zip.add('xl/styles.xml', tables.styles.xml());
  return zip.finish();
}

/**
 * The values of a block of a sheet's cells, as the sheet's XML has them: numbers, texts, and null
 * for an empty cell (null, '', not finite) or one past the rows the sheet announces. Charts keep
 * them as their cache; they point at a few rows of short sheets, read again from the spec.
 */
function blockValues(spec: SheetSpec, block: CellBlock): (number | string | null)[] {
  const rows = Math.min(block.row + (block.rows ?? 1), rowCount(spec));
  const picked: (readonly SheetCell[])[] = [];
  let r = 0;
  eachRow(spec, (cells) => {
    if (r >= block.row && r < rows) picked.push(cells);
    return ++r < rows;
  });
  const out: (number | string | null)[] = [];
  for (let i = block.row; i < block.row + (block.rows ?? 1); i++) {
    const cells = i >= block.row && i - block.row < picked.length ? picked[i - block.row]! : [];
    for (let c = block.column; c < block.column + (block.columns ?? 1); c++) {
      const value = cellValue(cells[c] ?? null);
      out.push(typeof value === 'number' ? (Number.isFinite(value) ? value : null) : value || null);
    }
  }
  return out;
}

/** Sheet name as quoted in a reference: 'Xếp hạng'!$A$1. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A block as $A$2:$B$7 on its own sheet. */
function absoluteRange(spec: SheetSpec, block: CellBlock): string {
  const first = block.row + (hasHeader(spec) ? 2 : 1);
  const last = first + (block.rows ?? 1) - 1;
  const from = `$${columnLetter(block.column + 1)}$${first}`;
  const to = `$${columnLetter(block.column + (block.columns ?? 1))}$${last}`;
  return from === to ? from : `${from}:${to}`;
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
// Package parts

function contentTypes(sheetCount: number, drawingCount: number, chartCount: number): string {
  let xml =
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>';
  for (let i = 1; i <= sheetCount; i++) {
    xml += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  for (let i = 1; i <= drawingCount; i++) {
    xml += `<Override PartName="/xl/drawings/drawing${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`;
  }
  for (let i = 1; i <= chartCount; i++) {
    xml += `<Override PartName="/xl/charts/chart${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`;
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

function workbookXml(
  sheets: readonly SheetSpec[],
  names: readonly string[],
  frames: readonly SheetFrame[],
): string {
  let xml =
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>';
  names.forEach((name, index) => {
    const state = sheets[index]!.hidden === true ? ' state="hidden"' : '';
    xml += `<sheet name="${escapeXml(name)}" sheetId="${index + 1}"${state} r:id="rId${index + 1}"/>`;
  });
  xml += '</sheets>';
  const defined: string[] = [];
  sheets.forEach((spec, index) => {
    const quoted = escapeXml(quotedSheet(names[index]!));
    const header = hasHeader(spec);
    if (header && spec.autoFilter !== false && spec.columns.length > 0) {
      const ref = `$A$1:$${columnLetter(spec.columns.length)}$${rowCount(spec) + 1}`;
      defined.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${quoted}!${ref}</definedName>`,
      );
    }
    // Every printed page repeats the header row and, when the sheet is several pages wide, the
    // columns that say which row is which.
    const titles: string[] = [];
    const repeat = frames[index]!.print.repeatColumns;
    if (repeat > 0) titles.push(`${quoted}!$A:$${columnLetter(repeat)}`);
    if (header) titles.push(`${quoted}!$1:$1`);
    if (titles.length > 0) {
      defined.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${titles.join(',')}</definedName>`,
      );
    }
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

function sheetRels(drawing: number): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/drawing" Target="../drawings/drawing${drawing}.xml"/>` +
    '</Relationships>'
  );
}

function drawingRels(charts: readonly number[]): string {
  let xml = XML_DECL + `<Relationships xmlns="${NS_PKG_REL}">`;
  charts.forEach((chart, i) => {
    xml += `<Relationship Id="rId${i + 1}" Type="${NS_REL}/chart" Target="../charts/chart${chart}.xml"/>`;
  });
  return `${xml}</Relationships>`;
}
