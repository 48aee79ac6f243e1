import { columnLetter } from '../../core/table/cell-address.js';
import { columnWidths, headerRowHeight } from '../workbook/sheet-layout.js';
import {
  hasHeader,
  rowCount,
  type CellBlock,
  type SheetRule,
  type SheetSpec,
  type ValidationSpec,
} from '../workbook/workbook-sheet.js';
import { workbookText } from '../workbook/workbook-text.js';
import { SIDE_MARGIN, xlsxPrintSetup, type PrintSetup } from './xlsx-print-setup.js';
import type { StyleTable } from './xlsx-style-table.js';
import { escapeXml, inlineText, NS_MAIN, NS_REL, XML_DECL } from './xlsx-xml-text.js';

const DATA_BAR_COLOUR = 'FF5B9BD5';
const SCALE_COLOURS = ['FFF8696B', 'FFFFEB84', 'FF63BE7B'] as const;

/**
 * What is decided for a sheet before its rows are written: column widths (from a sample of its
 * rows) and its print setup. The workbook part needs every sheet's print titles first.
 */
export interface SheetFrame {
  widths: number[];
  /** The sheet row (1-based) of the first data row: 2 below a header, else 1. */
  firstRow: number;
  print: PrintSetup;
}

/** What the workbook around a sheet decides for it. */
export interface SheetSurroundings {
  selected: boolean;
  /** The page header's title and the word before "&P/&N" ("Trang"); null: no header/footer. */
  page: { title: string; pageWord: string } | null;
  /** The sheet has a drawing (charts): its relationship id in the sheet's rels. */
  drawing: string | null;
  /** A block as an absolute A1 reference, with its sheet name when it names another sheet. */
  reference: (block: CellBlock) => string;
}

export function sheetFrame(spec: SheetSpec): SheetFrame {
  const widths = columnWidths(spec);
  return {
    widths,
    firstRow: hasHeader(spec) ? 2 : 1,
    print: xlsxPrintSetup(widths, spec.frozenColumns ?? 0, spec.orientation),
  };
}

/** A block of this sheet in A1 notation (relative to nothing: absolute rows and columns). */
function localRange(spec: SheetSpec, block: CellBlock): string {
  const first = block.row + (hasHeader(spec) ? 2 : 1);
  const from = `${columnLetter(block.column + 1)}${first}`;
  const to = `${columnLetter(block.column + (block.columns ?? 1))}${first + (block.rows ?? 1) - 1}`;
  return from === to ? from : `${from}:${to}`;
}

export function sheetHead(spec: SheetSpec, selected: boolean, widths: readonly number[]): string {
  const columnCount = spec.columns.length;
  const header = hasHeader(spec);
  const lastRow = rowCount(spec) + (header ? 1 : 0);
  const lastLetter = columnLetter(Math.max(1, columnCount));
  const frozen = spec.frozenColumns ?? 0;
  let head = XML_DECL;
  head += `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  head += `<dimension ref="A1:${lastLetter}${Math.max(1, lastRow)}"/>`;
  head += `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''}${header ? '' : ' showGridLines="0"'} workbookViewId="0">`;
  if (header && frozen > 0) {
    const topLeft = `${columnLetter(frozen + 1)}2`;
    head += `<pane xSplit="${frozen}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/>`;
    head += `<selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  } else if (header) {
    head += '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
    head += '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  }
  head += '</sheetView></sheetViews>';
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  if (columnCount > 0) {
    head += '<cols>';
    for (let i = 0; i < columnCount; i++) {
      head += `<col min="${i + 1}" max="${i + 1}" width="${widths[i]}" customWidth="1"/>`;
    }
    head += '</cols>';
  }
  head += '<sheetData>';
  if (header) {
    const height = headerRowHeight(spec, widths);
    head += height === null ? '<row r="1">' : `<row r="1" ht="${height}" customHeight="1">`;
    for (let i = 0; i < columnCount; i++) {
      head += `<c r="${columnLetter(i + 1)}1" s="1" t="inlineStr">${inlineText(spec.columns[i]!.header)}</c>`;
    }
    head += '</row>';
  }
  return head;
}

export function sheetTail(
  spec: SheetSpec,
  styles: StyleTable,
  around: SheetSurroundings,
  print: PrintSetup,
): string {
  const columnCount = spec.columns.length;
  const header = hasHeader(spec);
  const lastRow = rowCount(spec) + 1;
  const lastLetter = columnLetter(Math.max(1, columnCount));
  let tail = '</sheetData>';
  if (spec.protect === true) {
    // No password; people may still widen columns, filter and select any cell.
    tail +=
      '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>';
  }
  if (header && spec.autoFilter !== false && columnCount > 0) {
    tail += `<autoFilter ref="A1:${lastLetter}${lastRow}"/>`;
  }
  const merges = spec.merges ?? [];
  if (merges.length > 0) {
    tail += `<mergeCells count="${merges.length}">`;
    for (const block of merges) tail += `<mergeCell ref="${localRange(spec, block)}"/>`;
    tail += '</mergeCells>';
  }
  if (header && lastRow > 1) {
    let priority = 0;
    for (const rule of spec.rules) {
      tail += ruleXml(rule, lastRow, styles, () => ++priority);
    }
  }
  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    tail += `<dataValidations count="${validations.length}">`;
    for (const validation of validations) tail += validationXml(spec, validation, around);
    tail += '</dataValidations>';
  }
  // Gridlines help read a printed table; a cover or a form has its own borders.
  if (header) tail += '<printOptions gridLines="1"/>';
  tail += `<pageMargins left="${SIDE_MARGIN}" right="${SIDE_MARGIN}" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  tail += `<pageSetup paperSize="9" scale="${print.scale}" orientation="${print.orientation}"/>`;
  if (around.page !== null) tail += headerFooter(around.page.title, around.page.pageWord);
  const breaks = spec.pageBreaks ?? [];
  if (breaks.length > 0) {
    // A break's id is the last sheet row (1-based) of the page before it.
    tail += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`;
    for (const row of breaks) tail += `<brk id="${row + (header ? 1 : 0)}" max="16383" man="1"/>`;
    tail += '</rowBreaks>';
  }
  if (around.drawing !== null) tail += `<drawing r:id="${around.drawing}"/>`;
  tail += '</worksheet>';
  return tail;
}

/**
 * Page header (title left, sheet name right) and footer ("Trang 3/7"), 10 pt and not scaled with
 * the sheet, so they stay legible on a sheet printed at 60 %.
 */
function headerFooter(title: string, pageWord: string): string {
  const codes = (text: string): string => text.replace(/&/g, '&&');
  // Excel refuses header texts over 255 characters.
  const shortTitle = codes(title.length > 150 ? `${title.slice(0, 149)}…` : title);
  const header = `&L&10${shortTitle}&R&10&A`;
  const footer = `&C&10${codes(pageWord)} &P/&N`;
  return (
    '<headerFooter scaleWithDoc="0">' +
    `<oddHeader>${escapeXml(header)}</oddHeader><oddFooter>${escapeXml(footer)}</oddFooter>` +
    '</headerFooter>'
  );
}

function validationXml(
  spec: SheetSpec,
  validation: ValidationSpec,
  around: SheetSurroundings,
): string {
  const { rule, prompt, error } = validation;
  const formula = (n: number, text: string): string =>
    `<formula${n}>${escapeXml(text)}</formula${n}>`;
  let attrs = `type="${rule.kind}"`;
  let formulas: string;
  if (rule.kind === 'list') {
    formulas =
      'values' in rule
        ? formula(1, `"${rule.values.map((value) => value.replace(/"/g, '""')).join(',')}"`)
        : formula(1, around.reference(rule.source));
  } else {
    if (rule.operator !== 'between') attrs += ` operator="${rule.operator}"`;
    formulas = rule.bounds
      .slice(0, 2)
      .map((bound, i) => formula(i + 1, String(bound)))
      .join('');
  }
  attrs +=
    ' allowBlank="1" showInputMessage="1" showErrorMessage="1"' +
    ` errorTitle="${escapeXml(error.title)}" error="${escapeXml(error.text)}"` +
    ` promptTitle="${escapeXml(prompt.title)}" prompt="${escapeXml(prompt.text)}"` +
    ` sqref="${localRange(spec, validation.cells)}"`;
  return `<dataValidation ${attrs}>${formulas}</dataValidation>`;
}

/** The conditional formats of a table sheet, in SpreadsheetML. */
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
        (rule.scale ?? [0, 0.5, 1]).map((val) => `<cfvo type="num" val="${val}"/>`).join('') +
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
