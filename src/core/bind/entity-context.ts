import type { RawCell } from '../table/raw-table.js';
import { cellLocation, report, sheetLocation, type BindContext } from './bind-context.js';
import { cellText } from './cell-text.js';
import { fileStem, provinceFromFileName } from './file-name-stem.js';
import type { LabelledCells, LabelledValue } from './find-labelled-cells.js';
import { readYear, yearFromFileName } from './read-year.js';
import { resolveEntity, type EntityName } from './resolve-entity.js';

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
 * The year of a file's data (spec §3.3) from the year column's cells (all must agree), else a
 * labelled cell, else the file name. `--year` is applied by the caller before this.
 */
export function yearOfFile(
  ctx: BindContext,
  columnCells: readonly RawCell[],
  labelled: LabelledCells,
): number | null {
  let first: { year: number; cell: RawCell } | null = null;
  for (const cell of columnCells) {
    const read = readYear(cell.value);
    const location = cellLocation(ctx, cell.row, cell.column, cell);
    if (read.kind === 'invalid') {
      report(ctx, 'DATA_INVALID_YEAR', { value: cellText(cell) ?? '' }, location, {
        value: cellText(cell),
      });
    } else if (read.kind === 'year') {
      if (first === null) first = { year: read.year, cell };
      else if (first.year !== read.year) {
        report(ctx, 'DATA_CONFLICTING_YEAR', { value: read.year, other: first.year }, location, {
          value: cellText(cell),
        });
      }
    }
  }
  if (first !== null) return first.year;
  if (labelled.year !== null) {
    const read = readYear(labelled.year.text);
    if (read.kind === 'year') return read.year;
    report(
      ctx,
      'DATA_INVALID_YEAR',
      { value: labelled.year.text },
      labelLocation(ctx, labelled.year),
      {
        value: labelled.year.text,
      },
    );
    return null;
  }
  return yearFromFileName(fileStem(ctx.source.file));
}

/**
 * The entity of a long file when no province column decided it (spec §3.3): a labelled cell,
 * else the file name. A weak label ("Đơn vị báo cáo: UBND tỉnh X") counts only if it resolves.
 */
export function entityFromLabelsOrFileName(
  ctx: BindContext,
  labelled: LabelledCells,
  year: number | null,
): EntityName {
  const label = labelled.province;
  if (label !== null) {
    if (!label.weak) {
      return resolveEntity(ctx, label.text, year, labelLocation(ctx, label), 'explicit');
    }
    const quiet = { findings: [] };
    const candidates = [label.text, ...weakLabelNames(label.text)];
    for (const text of candidates) {
      const entity = resolveEntity(quiet, text, year, {}, 'explicit');
      if (entity.province !== null && quiet.findings.length === 0) return entity;
      quiet.findings.length = 0;
    }
  }
  const stem = fileStem(ctx.source.file);
  return resolveEntity(
    ctx,
    provinceFromFileName(ctx.source.file),
    year,
    sheetLocation(ctx),
    'file-name',
    stem,
  );
}

/** "UBND tỉnh Đồng Nai" → "Đồng Nai": the words after the last tỉnh / thành phố / TP. */
function weakLabelNames(text: string): string[] {
  const match = /(?:tỉnh|thành phố|tp\.?)\s+(.+)$/iu.exec(text);
  return match?.[1] === undefined ? [] : [match[1].trim()];
}
