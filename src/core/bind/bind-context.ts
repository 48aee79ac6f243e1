import type { FindingArgsOf, FindingCode } from '../findings/finding-args.js';
import type { Finding, FindingExtras, FindingLocation } from '../findings/finding.js';
import { cellAddress } from '../table/cell-address.js';
import { makeFinding } from '../findings/make-finding.js';
import type { RawCell, RawSheet, RawSource } from '../table/raw-table.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import type { BindOptions } from './bind-options.js';
import { controlCharacter } from './cell-text.js';
import type { FractionCheck } from './check-fractions.js';
import type { IndicatorIndex } from './indicator-index.js';

/** Where binding puts what it learns besides findings. */
export interface BindOutput {
  /** Sees every value the dataset would hold (spec §3.4 fraction warning). */
  fractions: FractionCheck;
  /** False: entities keep no values (`validate` needs only labels, counts and findings). */
  keepValues: boolean;
  /** The set's indicators the file names (header columns or indicator rows): spec §6 mismatch. */
  known: Set<string>;
}

/**
 * What every binding step shares: the source, the chosen sheet, the set and its index, the
 * options, and the list findings are collected into (never stop at the first).
 */
export interface BindContext {
  source: RawSource;
  sheet: RawSheet;
  set: ResolvedSet;
  index: IndicatorIndex;
  options: BindOptions;
  findings: Finding[];
}

/**
 * Where a cell is, the way findings point at it: `file › Sheet!E12` for a workbook,
 * `file:line:col` for a CSV (the physical line of the field).
 */
export function cellLocation(
  ctx: Pick<BindContext, 'source' | 'sheet'>,
  row: number,
  column: number | null,
  cell?: RawCell | null,
): FindingLocation {
  if (ctx.source.kind === 'xlsx') {
    return { file: ctx.source.file, sheet: ctx.sheet.name, row, column };
  }
  return { file: ctx.source.file, line: cell?.line ?? row, column };
}

/** The location of the sheet as a whole (no cell). */
export function sheetLocation(ctx: Pick<BindContext, 'source' | 'sheet'>): FindingLocation {
  return ctx.source.kind === 'xlsx'
    ? { file: ctx.source.file, sheet: ctx.sheet.name }
    : { file: ctx.source.file };
}

/** Human form of another place in the same file, for "also at …" arguments. */
export function placeText(ctx: Pick<BindContext, 'source'>, location: FindingLocation): string {
  if (ctx.source.kind === 'xlsx') {
    const { row, column } = location;
    if (row === null || row === undefined) return '';
    return typeof column === 'number' ? cellAddress(row, column) : `${column ?? ''}${row}`;
  }
  return `${ctx.source.file}:${location.line ?? location.row ?? ''}:${location.column ?? ''}`;
}

export function report<C extends FindingCode>(
  ctx: Pick<BindContext, 'findings'>,
  code: C,
  args: FindingArgsOf<C>,
  location: FindingLocation,
  extras: FindingExtras = {},
): void {
  ctx.findings.push(makeFinding(code, args, location, extras));
}

/** Reports a control character in a label cell; true when there was one. */
export function checkControl(
  ctx: Pick<BindContext, 'source' | 'sheet' | 'findings'>,
  cell: RawCell | null,
): boolean {
  const code = controlCharacter(cell);
  if (code === null || cell === null) return false;
  const visible = String(cell.value).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  report(
    ctx,
    'DATA_CONTROL_CHARACTER',
    { value: visible, character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` },
    cellLocation(ctx, cell.row, cell.column, cell),
    { value: visible },
  );
  return true;
}
