import type { RawCell } from '../table/raw-table.js';
import { cellLocation, report, sheetLocation, type BindContext } from './bind-context.js';
import { cellText } from './cell-text.js';
import { fileStem, provinceFromFileName } from './file-name-stem.js';
import type { LabelledCells, LabelledValue } from './find-labelled-cells.js';
import { readYear, yearFromFileName } from './read-year.js';
import { resolveEntity, type EntityName } from './resolve-entity.js';
import { claimPlace, type SourceClaim } from './source-claim.js';

export type YearClaim = SourceClaim & { year: number };

/** The location of a labelled value, on whichever sheet it was found. */
function labelLocation(ctx: BindContext, labelled: LabelledValue) {
  return cellLocation(
    { source: ctx.source, sheet: labelled.sheet },
    labelled.cell.row,
    labelled.cell.column,
    labelled.cell,
  );
}

/**
 * The year column's say: its first year, all others must agree. Its problems are reported only
 * when it decides (`report`); under --year it is only compared.
 */
function columnYear(
  ctx: BindContext,
  columnCells: readonly RawCell[],
  reportTo: Pick<BindContext, 'findings'>,
): YearClaim | null {
  let first: YearClaim | null = null;
  for (const cell of columnCells) {
    const read = readYear(cell.value);
    const location = cellLocation(ctx, cell.row, cell.column, cell);
    if (read.kind === 'invalid') {
      report(reportTo, 'DATA_INVALID_YEAR', { value: cellText(cell) ?? '' }, location, {
        value: cellText(cell),
      });
    } else if (read.kind === 'year') {
      if (first === null) {
        first = { source: 'column', text: cellText(cell) ?? '', year: read.year, location };
      } else if (first.year !== read.year) {
        report(
          reportTo,
          'DATA_CONFLICTING_YEAR',
          { value: read.year, other: first.year },
          location,
          {
            value: cellText(cell),
          },
        );
      }
    }
  }
  return first;
}

/**
 * The year of a file's data (spec §3.3): `--year`, else the year column's cells (all must
 * agree), else a labelled cell, else a title row ("NĂM 2025"), else the file name. Every weaker
 * source that says another year gets YEAR_CONFLICT at the winner's place (spec §6).
 */
export function yearOfFile(
  ctx: BindContext,
  columnCells: readonly RawCell[],
  labelled: LabelledCells,
): number | null {
  const claims: YearClaim[] = [];
  const option = ctx.options.year;
  if (option !== null) claims.push(wholeFileYear(ctx, 'option', option));
  const column = columnYear(ctx, columnCells, option === null ? ctx : { findings: [] });
  if (column !== null) claims.push(column);
  if (labelled.year !== null) {
    const { text } = labelled.year;
    const read = readYear(text);
    const location = labelLocation(ctx, labelled.year);
    if (read.kind === 'year') claims.push({ source: 'label', text, year: read.year, location });
    else if (claims.length === 0) {
      // An unreadable label that would decide is an error, not a reason to guess from below it.
      report(ctx, 'DATA_INVALID_YEAR', { value: text }, location, { value: text });
      return null;
    }
  }
  if (labelled.title !== null) {
    const read = readYear(labelled.title.text);
    if (read.kind === 'year') {
      const location = labelLocation(ctx, labelled.title);
      claims.push({ source: 'title', text: labelled.title.text, year: read.year, location });
    }
  }
  const fromName = yearFromFileName(fileStem(ctx.source.file));
  if (fromName !== null) claims.push(wholeFileYear(ctx, 'file-name', fromName));
  const [winner, ...weaker] = claims;
  if (winner === undefined) return null;
  for (const claim of weaker) reportYearConflict(ctx, winner, claim);
  return winner.year;
}

/** A year said for the whole file (by --year or its name), placed at the file. */
function wholeFileYear(ctx: BindContext, source: 'option' | 'file-name', year: number): YearClaim {
  return { source, text: String(year), year, location: { file: ctx.source.file } };
}

/** YEAR_CONFLICT at the winner's place when a weaker source says another year (spec §6). */
export function reportYearConflict(ctx: BindContext, winner: YearClaim, claim: YearClaim): void {
  if (claim.year === winner.year) return;
  report(
    ctx,
    'YEAR_CONFLICT',
    {
      value: winner.year,
      source: winner.source,
      other: claim.year,
      otherSource: claim.source,
      otherPlace: claimPlace(ctx, claim),
    },
    winner.location,
    { value: claim.text },
  );
}

/**
 * What a labelled cell says the province is (spec §3.3). A weak label ("Đơn vị báo cáo: UBND
 * tỉnh X") says something only if it, or the name after its last "tỉnh", resolves.
 */
export function labelClaim(
  ctx: BindContext,
  labelled: LabelledCells,
  year: number | null,
): SourceClaim | null {
  const label = labelled.province;
  if (label === null) return null;
  const location = labelLocation(ctx, label);
  if (!label.weak) return { source: 'label', text: label.text, location };
  for (const text of [label.text, ...weakLabelNames(label.text)]) {
    const quiet = { findings: [] };
    const entity = resolveEntity(quiet, text, year, {}, 'explicit');
    if (entity.province !== null && quiet.findings.length === 0) {
      return { source: 'label', text, location };
    }
  }
  return null;
}

/** What the file name says the province is ("dong-nai_2025.csv" → "dong nai"). */
export function fileNameClaim(ctx: BindContext): SourceClaim {
  return {
    source: 'file-name',
    text: provinceFromFileName(ctx.source.file),
    location: { file: ctx.source.file },
  };
}

/**
 * The entity of a long file when no province column decided it (spec §3.3): a labelled cell,
 * else the file name (a file name that names nothing labels the entity, with a warning).
 */
export function entityFromLabelOrFileName(
  ctx: BindContext,
  label: SourceClaim | null,
  year: number | null,
): EntityName {
  if (label !== null) return resolveEntity(ctx, label.text, year, label.location, 'explicit');
  return resolveEntity(
    ctx,
    fileNameClaim(ctx).text,
    year,
    sheetLocation(ctx),
    'file-name',
    fileStem(ctx.source.file),
  );
}

/** "UBND tỉnh Đồng Nai" → "Đồng Nai": the words after the last tỉnh / thành phố / TP. */
function weakLabelNames(text: string): string[] {
  const match = /(?:tỉnh|thành phố|tp\.?)\s+(.+)$/iu.exec(text);
  return match?.[1] === undefined ? [] : [match[1].trim()];
}
