import type { EntityData, ObservedValue } from '../table/dataset.js';
import type { FindingLocation } from '../findings/finding.js';
import type { RawCell, RawRow } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import { coerceRatio } from '../values/coerce-ratio.js';
import { coerceValue } from '../values/coerce-value.js';
import type { DecimalMark } from '../values/parse-number.js';
import {
  cellLocation,
  checkControl,
  placeText,
  report,
  type BindContext,
  type BindOutput,
} from './bind-context.js';
import { observed } from './observe-cell.js';
import { cellAt, cellText, isBlankRow } from './cell-text.js';
import { checkDataRows } from './check-data-rows.js';
import { checkEmptyHeaders } from './check-empty-headers.js';
import {
  fieldColumns,
  isReservedHeader,
  reportUnknownColumns,
  type FieldColumns,
} from './columns.js';
import { decideDecimal } from './decide-decimal.js';
import {
  entityFromLabelOrFileName,
  fileNameClaim,
  labelClaim,
  yearOfFile,
} from './entity-context.js';
import { findLabelledCells } from './find-labelled-cells.js';
import { flagRepeat, type FirstPlaces } from './flag-repeat.js';
import { isFooterText, isTotalText } from './footer-text.js';
import type { HeaderField } from './header-field.js';
import type { HeaderRow } from './header-row.js';
import { closestCode, looksLikeCode, matchIndicator } from './match-indicator.js';
import { provinceConflicts } from './province-conflicts.js';
import { provinceOfColumns } from './province-of-columns.js';
import { resolveEntity, type EntityName } from './resolve-entity.js';
import { checkUnit } from './check-unit.js';
import type { SourceClaim } from './source-claim.js';
import { foldText, tidyText } from '../text/fold-text.js';

interface LongRow {
  row: RawRow;
  indicator: ResolvedIndicator;
  indicatorCell: RawCell;
}

function cellOf(row: RawRow, fields: FieldColumns, field: HeaderField): RawCell | null {
  const column = fields.get(field);
  return column === undefined ? null : cellAt(row, column.column);
}

/** Where a field's cell of a row is, even when the row is too short to hold it. */
function fieldLocation(
  ctx: BindContext,
  row: RawRow,
  fields: FieldColumns,
  field: HeaderField,
): FindingLocation {
  const column = fields.get(field)?.column ?? null;
  const cell = column === null ? null : cellAt(row, column);
  return cellLocation(ctx, row.row, column, cell);
}

/**
 * Picks the rows of a long table that hold an indicator (spec §3.2). Blank rows, section titles
 * (group names, text without a value), totals and everything from a signature block on are
 * skipped; an indicator text that names nothing on a row with a value is an error.
 */
function dataRows(ctx: BindContext, header: HeaderRow, fields: FieldColumns) {
  const rows: LongRow[] = [];
  const tableRows: RawRow[] = [];
  let skipped = 0;
  let footer = false;
  const codeColumn = fields.get('indicator-code');
  const nameColumn = fields.get('indicator-name');
  for (const row of ctx.sheet.rows.slice(header.rowIndex + 1)) {
    if (isBlankRow(row)) continue;
    const codeCell = codeColumn === undefined ? null : cellAt(row, codeColumn.column);
    const nameCell = nameColumn === undefined ? null : cellAt(row, nameColumn.column);
    const primaryCell = cellText(codeCell) !== null ? codeCell : nameCell;
    const primary = cellText(primaryCell);
    if (primary === null || primaryCell === null) {
      if (row.cells.some((cell) => cellText(cell) !== null && isFooterText(cellText(cell)!))) {
        footer = true;
      }
      skipped += 1;
      continue;
    }
    const match = matchIndicator(ctx.index, primary);
    if (match.kind !== 'ok') {
      const hasValue = ['value', 'numerator', 'denominator'].some(
        (field) => cellText(cellOf(row, fields, field as HeaderField)) !== null,
      );
      const rowTexts = row.cells.map(cellText).filter((text): text is string => text !== null);
      if (rowTexts.some(isFooterText)) footer = true;
      if (
        footer ||
        ctx.index.groups.has(foldText(primary)) ||
        isTotalText(primary) ||
        (!hasValue && !looksLikeCode(primary))
      ) {
        skipped += 1;
        continue;
      }
    }
    tableRows.push(row);
    checkControl(ctx, codeCell);
    checkControl(ctx, nameCell);
    const location = cellLocation(ctx, row.row, primaryCell.column, primaryCell);
    if (match.kind === 'unknown') {
      const hint = closestCode(ctx.index, tidyText(primary));
      report(ctx, 'DATA_UNKNOWN_INDICATOR', { value: primary, hint }, location, {
        value: primary,
      });
    } else if (match.kind === 'ambiguous') {
      report(
        ctx,
        'DATA_AMBIGUOUS_INDICATOR',
        { value: primary, candidates: match.candidates.map((c) => c.code).join(', ') },
        location,
        { value: primary },
      );
    } else {
      rows.push({ row, indicator: match.indicator, indicatorCell: primaryCell });
      checkNameAgrees(ctx, match.indicator, primaryCell, nameCell);
    }
  }
  return { rows, tableRows, skipped };
}

/** Code and name both given: the code decides; a name of another indicator is a warning. */
function checkNameAgrees(
  ctx: BindContext,
  indicator: ResolvedIndicator,
  primaryCell: RawCell,
  nameCell: RawCell | null,
): void {
  const name = cellText(nameCell);
  if (nameCell === null || nameCell === primaryCell || name === null) return;
  const match = matchIndicator(ctx.index, name);
  if (match.kind === 'ok' && match.indicator !== indicator) {
    report(
      ctx,
      'DATA_NAME_MISMATCH',
      { value: name, indicator: indicator.code, other: match.indicator.code },
      cellLocation(ctx, nameCell.row, nameCell.column, nameCell),
      { indicator: indicator.code, value: name },
    );
  }
}

/**
 * The entity of a long file (spec §3.3): --province, a province column, a label, the file name.
 * The strongest source present decides; the weaker ones are compared with it (spec §6).
 */
function longEntity(
  ctx: BindContext,
  header: HeaderRow,
  fields: FieldColumns,
  rows: readonly LongRow[],
): { entity: EntityName; year: number | null } {
  const labelled = findLabelledCells(ctx.sheet, header.rowIndex, ctx.source.sheets);
  const yearCells = rows
    .map(({ row }) => cellOf(row, fields, 'year'))
    .filter((cell): cell is RawCell => cell !== null && cellText(cell) !== null);
  const year = yearOfFile(ctx, yearCells, labelled);
  const option = ctx.options.province;
  // Under --province the column is only compared, so its own problems are not reported.
  const columns = provinceOfColumns(
    option === null ? ctx : { ...ctx, findings: [] },
    rows.map(({ row }) => row),
    fields.get('province-code')?.column ?? null,
    fields.get('province-name')?.column ?? null,
    year,
  );
  const label = labelClaim(ctx, labelled, year);
  const fileName = fileNameClaim(ctx);
  if (option !== null) {
    const claim: SourceClaim = {
      source: 'option',
      text: option,
      location: { file: ctx.source.file },
    };
    const entity = resolveEntity(ctx, option, year, claim.location, 'explicit');
    provinceConflicts(ctx, claim, [columns?.claim ?? null, label, fileName], year);
    return { entity, year };
  }
  if (columns !== null) {
    provinceConflicts(ctx, columns.claim, [label, fileName], year);
    return { entity: columns.entity, year };
  }
  const entity = entityFromLabelOrFileName(ctx, label, year);
  if (label !== null) provinceConflicts(ctx, label, [fileName], year);
  return { entity, year };
}

/** One row's value: the ratio when numerator and denominator are given, else the value cell. */
function rowValue(
  ctx: BindContext,
  item: LongRow,
  fields: FieldColumns,
  decimal: DecimalMark | null,
  province: string | null,
): number | boolean | null | undefined {
  const { row, indicator } = item;
  const valueCell = cellOf(row, fields, 'value');
  const numerator = cellOf(row, fields, 'numerator');
  const denominator = cellOf(row, fields, 'denominator');
  const valueLocation = fieldLocation(ctx, row, fields, 'value');
  const hasRatio = cellText(numerator) !== null || cellText(denominator) !== null;
  const fromValue = (): number | boolean | null | undefined =>
    fields.has('value')
      ? observed(
          ctx,
          coerceValue(valueCell, indicator, decimal),
          valueCell,
          indicator,
          valueLocation,
          province,
        )
      : null;
  if (!hasRatio) return fromValue();
  if (!indicator.ratio) {
    report(
      ctx,
      'DATA_RATIO_NOT_APPLICABLE',
      { indicator: indicator.code },
      fieldLocation(ctx, row, fields, 'numerator'),
      {
        indicator: indicator.code,
        province,
      },
    );
    return fromValue();
  }
  const ratioCell = cellText(numerator) !== null ? numerator : denominator;
  const ratioLocation =
    cellText(numerator) !== null
      ? fieldLocation(ctx, row, fields, 'numerator')
      : fieldLocation(ctx, row, fields, 'denominator');
  const ratio = observed(
    ctx,
    coerceRatio(numerator, denominator, indicator, decimal),
    ratioCell,
    indicator,
    ratioLocation,
    province,
  );
  if (cellText(valueCell) === null) return ratio;
  const value = fromValue();
  if (typeof ratio === 'number' && typeof value === 'number' && Math.abs(ratio - value) > 0.5) {
    report(
      ctx,
      'DATA_RATIO_MISMATCH',
      { value, ratio: Math.round(ratio * 100) / 100 },
      valueLocation,
      { indicator: indicator.code, province, value: cellText(valueCell) },
    );
  }
  return ratio === undefined ? undefined : (ratio ?? value);
}

/**
 * Binds a long table (spec §3.2): one row per indicator for one entity. Collects every problem:
 * unknown and duplicate indicators, bad values, missing evidence, unit contradictions.
 */
export function bindLong(ctx: BindContext, header: HeaderRow, out: BindOutput): EntityData[] {
  const fields = fieldColumns(ctx, header.columns, (column) =>
    column.field === 'reporting-unit' ? 'unit' : column.field,
  );
  reportUnknownColumns(
    ctx,
    header.columns.filter((column) => column.field === null && !isReservedHeader(column.text)),
  );
  const { rows, tableRows, skipped } = dataRows(ctx, header, fields);
  for (const item of rows) out.known.add(item.indicator.code);
  checkEmptyHeaders(ctx, header, tableRows);
  if (!checkDataRows(ctx, header, tableRows.length, skipped)) return [];
  const { entity, year } = longEntity(ctx, header, fields, rows);
  const province = entity.province?.code ?? null;
  const decimal = decideDecimal(
    ctx.options.decimal,
    rows.flatMap(({ row }) => [
      cellOf(row, fields, 'value'),
      cellOf(row, fields, 'numerator'),
      cellOf(row, fields, 'denominator'),
    ]),
  );
  const values = new Map<string, ObservedValue>();
  // Without values (validate), the codes that have one: enough to tell coverage (spec §7).
  const reported = new Set<string>();
  const seen: FirstPlaces<FindingLocation> = new Map();
  for (const item of rows) {
    const { row, indicator } = item;
    const indicatorLocation = cellLocation(
      ctx,
      row.row,
      item.indicatorCell.column,
      item.indicatorCell,
    );
    const repeated = flagRepeat(seen, indicator.code, indicatorLocation, (at, other) =>
      report(
        ctx,
        'DATA_DUPLICATE_INDICATOR',
        { indicator: indicator.code, other: placeText(ctx, other) },
        at,
        { indicator: indicator.code, province },
      ),
    );
    if (repeated) continue;
    const evidenceCell = cellOf(row, fields, 'evidence');
    const noteCell = cellOf(row, fields, 'note');
    const unitCell = cellOf(row, fields, 'unit');
    for (const cell of [evidenceCell, noteCell, unitCell]) checkControl(ctx, cell);
    checkUnit(ctx, indicator, unitCell, province);
    const value = rowValue(ctx, item, fields, decimal, province);
    if (value === undefined) continue;
    const evidence = cellText(evidenceCell);
    if (indicator.evidence === 'required' && value !== null && evidence === null) {
      const where = fields.has('evidence')
        ? fieldLocation(ctx, row, fields, 'evidence')
        : fieldLocation(ctx, row, fields, 'value');
      report(ctx, 'DATA_EVIDENCE_MISSING', { indicator: indicator.code }, where, {
        indicator: indicator.code,
        province,
      });
    }
    const location = fieldLocation(ctx, row, fields, fields.has('value') ? 'value' : 'numerator');
    out.fractions.observe(indicator.code, value, location);
    if (out.keepValues) values.set(indicator.code, { value, evidence, note: cellText(noteCell) });
    else if (value !== null) reported.add(indicator.code);
  }
  return [
    {
      label: entity.label,
      province: entity.province,
      year,
      source: { file: ctx.source.file, sheet: ctx.sheet.name },
      values,
      ...(out.keepValues ? {} : { reported }),
    },
  ];
}
