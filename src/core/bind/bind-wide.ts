import type { EntityData } from '../table/dataset.js';
import type { FindingLocation } from '../findings/finding.js';
import { foldText, tidyText } from '../text/fold-text.js';
import type { RawCell, RawRow } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import { cellCoercers } from '../values/cell-coercers.js';
import {
  cellLocation,
  checkControl,
  placeText,
  report,
  type BindContext,
  type BindOutput,
} from './bind-context.js';
import { cellAt, cellText, isBlankRow } from './cell-text.js';
import { checkDataRows } from './check-data-rows.js';
import { EmptyHeaderCheck } from './check-empty-headers.js';
import { fieldColumns, isReservedHeader, reportUnknownColumns } from './columns.js';
import { DecimalEvidence } from './decide-decimal.js';
import { reportYearConflict, yearOfFile } from './entity-context.js';
import { findLabelledCells } from './find-labelled-cells.js';
import { flagRepeat, type FirstPlaces } from './flag-repeat.js';
import { isTotalText } from './footer-text.js';
import type { HeaderColumn, HeaderRow } from './header-row.js';
import { closestCode, looksLikeCode, matchIndicator } from './match-indicator.js';
import { readYear } from './read-year.js';
import { resolveEntity, type EntityName } from './resolve-entity.js';
import { RowCodes } from '../table/row-values.js';
import { RowReportedPool } from '../table/row-reported.js';
import { RowFacts } from './row-facts.js';
import { SharedValues } from './shared-values.js';
import { wideRowValues, type WideColumn } from './wide-row-values.js';

/** Indicator columns of a wide header; unknown code-like headers are errors with a hint. */
function indicatorColumns(
  ctx: BindContext,
  header: HeaderRow,
): Array<{ column: HeaderColumn; indicator: ResolvedIndicator }> {
  const firsts: FirstPlaces<HeaderColumn> = new Map();
  const result: Array<{ column: HeaderColumn; indicator: ResolvedIndicator }> = [];
  for (const column of header.columns) {
    if (column.field !== null || isReservedHeader(column.text)) continue;
    const location = cellLocation(ctx, column.cell.row, column.column, column.cell);
    if (column.indicator === null) {
      const match = matchIndicator(ctx.index, column.text);
      if (match.kind === 'ambiguous') {
        report(
          ctx,
          'DATA_AMBIGUOUS_INDICATOR',
          { value: column.text, candidates: match.candidates.map((c) => c.code).join(', ') },
          location,
          { value: column.text },
        );
      } else if (looksLikeCode(column.text)) {
        report(
          ctx,
          'DATA_UNKNOWN_INDICATOR',
          { value: column.text, hint: closestCode(ctx.index, column.text) },
          location,
          { value: column.text },
        );
      } else {
        report(ctx, 'DATA_UNKNOWN_COLUMN', { value: column.text }, location, {
          value: column.text,
        });
      }
      continue;
    }
    const code = column.indicator.code;
    const headerLocation = (at: HeaderColumn) => cellLocation(ctx, at.cell.row, at.column, at.cell);
    const repeated = flagRepeat(firsts, code, column, (at, other) =>
      report(
        ctx,
        'DATA_DUPLICATE_HEADER',
        { value: at.text, other: placeText(ctx, headerLocation(other)) },
        headerLocation(at),
        { value: at.text, indicator: code },
      ),
    );
    if (!repeated) result.push({ column, indicator: column.indicator });
  }
  return result;
}

/**
 * Binds a wide table (spec §3.2): one row per entity, one column per indicator. Province
 * columns are resolved against the registry for each row's year; a free-label column is used
 * as given. The same entity twice is an error at both rows.
 *
 * `rowsAfter` gives the rows below the header and is read twice — once to find the data rows,
 * empty-header columns and the decimal mark, once to bind — so a streamed file never holds all
 * its rows.
 */
export function bindWide(
  ctx: BindContext,
  header: HeaderRow,
  rowsAfter: () => Iterable<RawRow>,
  out: BindOutput,
): EntityData[] {
  const fields = fieldColumns(ctx, header.columns, (column) =>
    column.field === 'reporting-unit'
      ? 'province-name'
      : column.field === 'unit'
        ? 'info'
        : column.field,
  );
  const indicators = indicatorColumns(ctx, header);
  for (const { indicator } of indicators) out.known.add(indicator.code);
  const codeColumn = fields.get('province-code')?.column ?? null;
  const nameColumn = fields.get('province-name')?.column ?? null;
  const labelColumn = fields.get('entity-label')?.column ?? null;
  const yearColumn = fields.get('year')?.column ?? null;
  const byProvince = codeColumn !== null || nameColumn !== null;
  const entityColumns = (byProvince ? [codeColumn, nameColumn] : [labelColumn]).filter(
    (column): column is number => column !== null,
  );
  const entityCellOf = (row: RawRow): RawCell | null => {
    for (const column of entityColumns) {
      const cell = cellAt(row, column);
      if (cell !== null && cellText(cell) !== null) return cell;
    }
    return null;
  };

  // Pass 1: which rows are data (in order; `isData[i]` for the i-th row below the header).
  const isData: boolean[] = [];
  let dataRows = 0;
  let skipped = 0;
  let footer = false;
  const emptyHeaders = new EmptyHeaderCheck(ctx, header);
  const evidence = new DecimalEvidence(ctx.options.decimal);
  const rowFacts = new RowFacts(indicators.map(({ column }) => column.column));
  for (const row of rowsAfter()) {
    if (isBlankRow(row)) {
      isData.push(false);
      continue;
    }
    const entityCell = entityCellOf(row);
    const text = cellText(entityCell);
    // Below a footer nothing is data, so nothing more needs learning.
    const facts = footer ? null : rowFacts.of(row);
    if (
      facts === null ||
      facts.footer ||
      entityCell === null ||
      text === null ||
      isTotalText(text)
    ) {
      if (facts?.footer === true) footer = true;
      skipped += 1;
      isData.push(false);
      continue;
    }
    isData.push(true);
    dataRows += 1;
    emptyHeaders.check(row);
    evidence.prove(facts.comma, facts.dot);
  }
  // A wide table has no use for a long table's value and indicator columns.
  reportUnknownColumns(
    ctx,
    header.columns.filter(
      (column) => column.field === 'value' || column.field === 'indicator-code',
    ),
  );
  if (!checkDataRows(ctx, header, dataRows, skipped)) return [];

  const labelled = findLabelledCells(ctx.sheet, header.rowIndex, ctx.source.sheets);
  const fileYear = yearOfFile(ctx, [], labelled);
  const decimal = evidence.decide();
  const coercers = cellCoercers(
    indicators.map(({ indicator }) => indicator),
    decimal,
  );
  const columns: WideColumn[] = indicators.map(({ column, indicator }, i) => ({
    number: column.column,
    indicator,
    coercer: coercers[i]!,
    settled: out.fractions.settled(indicator.code),
  }));

  // Pass 2: bind the data rows.
  const entities: EntityData[] = [];
  const seen: FirstPlaces<FindingLocation> = new Map();
  const shared = new SharedValues();
  const codes = new RowCodes(columns.map((column) => column.indicator.code));
  // Without values (validate), the columns that have one: enough to tell coverage (spec §7).
  const reported = out.keepValues ? null : new RowReportedPool(codes);
  // Every row of the table is from the same place: one object for all of them.
  const source = { file: ctx.source.file, sheet: ctx.sheet.name };
  let ordinal = 0;
  for (const row of rowsAfter()) {
    if (isData[ordinal++] !== true) continue;
    const entityCell = entityCellOf(row)!;
    const text = cellText(entityCell)!;
    const location = cellLocation(ctx, row.row, entityCell.column, entityCell);
    if (checkControl(ctx, entityCell)) continue;
    const year = rowYear(ctx, row, yearColumn) ?? fileYear;
    const entity = byProvince
      ? provinceOfRow(ctx, row, codeColumn, nameColumn, year)
      : { label: text, province: null };
    const key =
      entity.province !== null
        ? `p:${entity.province.code}|${year ?? ''}`
        : `l:${foldText(tidyText(entity.label))}|${year ?? ''}`;
    // The first row is named as the registry names it; the repeat as it is written.
    const repeated = flagRepeat(seen, key, location, (at, other, first) => {
      const value = first ? entity.label : text;
      report(ctx, 'DATA_DUPLICATE_ENTITY', { value, other: placeText(ctx, other) }, at, {
        province: entity.province?.code ?? null,
        value,
      });
    });
    if (repeated) continue;
    const province = entity.province?.code ?? null;
    const values = wideRowValues(ctx, row, columns, province, out, codes, shared, reported?.row);
    entities.push({
      label: entity.label,
      province: entity.province,
      year,
      source,
      values,
      ...(reported === null ? {} : { reported: reported.take() }),
    });
  }
  return entities;
}

/**
 * A row's own year, when the table has a year column and the cell holds one. Under --year the
 * option decides, and a row that says another year gets YEAR_CONFLICT (spec §6).
 */
function rowYear(ctx: BindContext, row: RawRow, column: number | null): number | null {
  if (column === null) return null;
  const cell = cellAt(row, column);
  const read = readYear(cell?.value ?? null);
  const option = ctx.options.year;
  if (option !== null) {
    if (read.kind === 'year' && cell !== null) {
      const location = cellLocation(ctx, row.row, column, cell);
      const text = cellText(cell) ?? String(read.year);
      reportYearConflict(
        ctx,
        {
          source: 'option',
          text: String(option),
          year: option,
          location: { file: ctx.source.file },
        },
        { source: 'column', text, year: read.year, location },
      );
    }
    return null;
  }
  if (read.kind === 'year') return read.year;
  if (read.kind === 'invalid' && cell !== null) {
    report(
      ctx,
      'DATA_INVALID_YEAR',
      { value: cellText(cell) ?? '' },
      cellLocation(ctx, row.row, column, cell),
      { value: cellText(cell) },
    );
  }
  return null;
}

/** The province of a wide row: the code decides; a name beside it must agree. */
function provinceOfRow(
  ctx: BindContext,
  row: RawRow,
  codeColumn: number | null,
  nameColumn: number | null,
  year: number | null,
): EntityName {
  const codeCell = codeColumn === null ? null : cellAt(row, codeColumn);
  const nameCell = nameColumn === null ? null : cellAt(row, nameColumn);
  const codeText = cellText(codeCell);
  const nameText = cellText(nameCell);
  checkControl(ctx, nameCell !== null && codeText !== null ? nameCell : null);
  const primary = codeText !== null ? codeCell! : nameCell!;
  const primaryText = codeText ?? nameText!;
  const entity = resolveEntity(
    ctx,
    primaryText,
    year,
    cellLocation(ctx, row.row, primary.column, primary),
    'explicit',
  );
  if (codeText !== null && nameText !== null && nameCell !== null) {
    const other = resolveEntity({ findings: [] }, nameText, year, {}, 'explicit');
    const same =
      entity.province !== null && other.province !== null
        ? entity.province.code === other.province.code
        : foldText(entity.label) === foldText(other.label);
    if (!same) {
      report(
        ctx,
        'DATA_CONFLICTING_PROVINCE',
        { value: nameText, other: codeText },
        cellLocation(ctx, row.row, nameCell.column, nameCell),
        { value: nameText, province: entity.province?.code ?? null },
      );
    }
  }
  return entity;
}
