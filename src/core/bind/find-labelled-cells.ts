import { foldText } from '../text/fold-text.js';
import type { RawCell, RawRow, RawSheet } from '../table/raw-table.js';
import { cellText } from './cell-text.js';
import { labelVocabulary } from './label-vocabulary.js';

/** A value a form states beside a label: "Tỉnh/Thành phố: Đồng Nai", or "Năm" | "2025". */
export interface LabelledValue {
  text: string;
  /** The cell holding the value (the label's own cell for "Label: value"). */
  cell: RawCell;
  sheet: RawSheet;
  /** A weak label ("Đơn vị báo cáo: UBND tỉnh X") names the province only if it resolves. */
  weak: boolean;
}

export interface LabelledCells {
  province: LabelledValue | null;
  year: LabelledValue | null;
  /** A year the title states ("BÁO CÁO … NĂM 2025"): a source of its own, after a label (§6). */
  title: LabelledValue | null;
}

const PROVINCE_LABELS = new Set<string>(labelVocabulary.province);
const WEAK_PROVINCE_LABELS = new Set(['don vi', 'don vi bao cao', 'co quan bao cao', 'dia phuong']);
// A form may also say which period it reports on; a table column would not.
const YEAR_LABELS = new Set<string>([...labelVocabulary.year, 'reporting period']);

type LabelKind = 'province' | 'weak-province' | 'year';

function labelKind(text: string): LabelKind | null {
  const folded = foldText(text);
  if (PROVINCE_LABELS.has(folded)) return 'province';
  if (WEAK_PROVINCE_LABELS.has(folded)) return 'weak-province';
  if (YEAR_LABELS.has(folded)) return 'year';
  return null;
}

/** The labelled values of one row: "Label: value" cells, or a label cell and the next value. */
function rowLabels(row: RawRow): Array<{ kind: LabelKind; text: string; cell: RawCell }> {
  const found: Array<{ kind: LabelKind; text: string; cell: RawCell }> = [];
  const cells = row.cells.filter((cell) => cellText(cell) !== null);
  cells.forEach((cell, i) => {
    const text = cellText(cell)!;
    const colon = text.search(/[:：]/);
    const label = colon >= 0 ? text.slice(0, colon) : text;
    const kind = labelKind(label);
    if (kind === null) return;
    const rest = colon >= 0 ? text.slice(colon + 1).trim() : '';
    if (rest !== '') {
      found.push({ kind, text: rest, cell });
      return;
    }
    const next = cells[i + 1];
    const nextText = cellText(next);
    if (
      next !== undefined &&
      nextText !== null &&
      labelKind(nextText.split(/[:：]/)[0]!) === null
    ) {
      found.push({ kind, text: nextText, cell: next });
    }
  });
  return found;
}

/** Sheets that hold a form's particulars: "Thông tin", "Thông tin chung", "Info". */
function isInfoSheet(sheet: RawSheet): boolean {
  const folded = sheet.name === null ? '' : foldText(sheet.name);
  return /\bthong tin\b|\binfo(rmation)?\b/.test(folded);
}

/**
 * The province and year a form states in labelled cells (spec §3.3): above the header row of
 * the data sheet first, then on info sheets. The first of each kind wins.
 */
export function findLabelledCells(
  dataSheet: RawSheet,
  headerRowIndex: number,
  sheets: readonly RawSheet[],
): LabelledCells {
  const result: LabelledCells = { province: null, year: null, title: null };
  // "Năm: 2024" is a label, not a title that happens to hold a year.
  const labelCells = new Set<RawCell>();
  const places: Array<{ sheet: RawSheet; rows: readonly RawRow[] }> = [
    { sheet: dataSheet, rows: dataSheet.rows.slice(0, headerRowIndex) },
    ...sheets
      .filter((sheet) => sheet !== dataSheet && isInfoSheet(sheet))
      .map((sheet) => ({ sheet, rows: sheet.rows })),
  ];
  for (const { sheet, rows } of places) {
    for (const row of rows) {
      for (const { kind, text, cell } of rowLabels(row)) {
        labelCells.add(cell);
        if (kind === 'year') {
          result.year ??= { text, cell, sheet, weak: false };
        } else if (result.province === null || (result.province.weak && kind === 'province')) {
          result.province = { text, cell, sheet, weak: kind === 'weak-province' };
        }
      }
    }
  }
  result.title = titleYear(dataSheet, headerRowIndex, labelCells);
  return result;
}

/**
 * The year a form's title states ("BIỂU MẪU SỐ LIỆU ĐÔ THỊ THÔNG MINH NĂM 2025"): the first
 * "năm 2025" / "year 2025" in a cell above the header row. Weak: a year column or a "Năm:" label
 * says it more plainly and wins. A span ("giai đoạn 5 năm 2021–2025") names no one year.
 */
function titleYear(
  sheet: RawSheet,
  headerRowIndex: number,
  labelCells: ReadonlySet<RawCell>,
): LabelledValue | null {
  for (const row of sheet.rows.slice(0, headerRowIndex)) {
    for (const cell of row.cells) {
      const text = cellText(cell);
      if (text === null || labelCells.has(cell)) continue;
      const match = /\b(?:nam|year)\s+((?:19|20)\d\d)\b(?!\s+(?:19|20)\d\d\b)/.exec(foldText(text));
      if (match !== null) return { text: match[1]!, cell, sheet, weak: true };
    }
  }
  return null;
}
