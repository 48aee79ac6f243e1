import type { Finding } from '../findings/finding.js';
import { foldText, tidyText } from '../text/fold-text.js';
import { makeFinding } from '../findings/make-finding.js';
import type { RawSheet, RawSource } from '../table/raw-table.js';
import { findHeaderRow } from './find-header-row.js';
import type { HeaderRow } from './header-row.js';
import type { IndicatorIndex } from './indicator-index.js';

export type SheetChoice =
  { kind: 'ok'; sheet: RawSheet; header: HeaderRow } | { kind: 'none'; findings: Finding[] };

function sheetList(sheets: readonly RawSheet[]): string {
  return sheets
    .map((sheet) => `"${sheet.name ?? ''}"${sheet.hidden ? ' (hidden)' : ''}`)
    .join(', ');
}

/** `--sheet` as a name (exact NFC, then folded) or a 1-based index among the visible sheets. */
function namedSheet(sheets: readonly RawSheet[], wanted: string): RawSheet | null {
  const tidy = tidyText(wanted);
  const exact = sheets.find((sheet) => sheet.name !== null && tidyText(sheet.name) === tidy);
  if (exact !== undefined) return exact;
  const folded = foldText(wanted);
  const loose = sheets.filter((sheet) => sheet.name !== null && foldText(sheet.name) === folded);
  if (loose.length === 1) return loose[0]!;
  if (/^\d+$/.test(tidy)) {
    // Indexes count the tabs a person sees: hidden sheets are reachable only by name.
    const visible = sheets.filter((sheet) => !sheet.hidden);
    return visible[Number(tidy) - 1] ?? null;
  }
  return null;
}

/**
 * The sheet to bind (spec §3.4): `--sheet`, else the first visible sheet whose header row is
 * recognised. A CSV has one sheet and ignores `--sheet`.
 */
export function chooseSheet(
  source: RawSource,
  wanted: string | null,
  index: IndicatorIndex,
): SheetChoice {
  const { sheets } = source;
  const where = { file: source.file };
  if (source.kind === 'xlsx' && wanted !== null) {
    const sheet = namedSheet(sheets, wanted);
    if (sheet === null) {
      return {
        kind: 'none',
        findings: [
          makeFinding('DATA_SHEET_NOT_FOUND', { sheet: wanted, sheets: sheetList(sheets) }, where, {
            value: wanted,
          }),
        ],
      };
    }
    const header = findHeaderRow(sheet, index);
    if (header !== null) return { kind: 'ok', sheet, header };
    return {
      kind: 'none',
      findings: [
        makeFinding(
          'DATA_NO_HEADER_ROW',
          { where: ` "${sheet.name ?? ''}"` },
          { file: source.file, sheet: sheet.name },
        ),
      ],
    };
  }
  const visible = source.kind === 'csv' ? sheets : sheets.filter((sheet) => !sheet.hidden);
  if (visible.length === 0) {
    return {
      kind: 'none',
      findings: [makeFinding('DATA_NO_VISIBLE_SHEET', { sheets: sheetList(sheets) }, where)],
    };
  }
  for (const sheet of visible) {
    const header = findHeaderRow(sheet, index);
    if (header !== null) return { kind: 'ok', sheet, header };
  }
  const names = source.kind === 'xlsx' ? ` (${sheetList(visible)})` : '';
  return { kind: 'none', findings: [makeFinding('DATA_NO_HEADER_ROW', { where: names }, where)] };
}
