import { ratingLabel } from '../formats/rating-label.js';
import type { EntityScore } from '../../core/score/report.js';
import type { NationalRank } from '../../core/score/unit-report.js';
import { rankingColumns, topGroups } from './workbook-batch-sheets.js';
import type { WorkbookContext } from './workbook-context.js';
import { gapColumns, nationalRankText } from './workbook-entity-sheets.js';
import {
  NUMBER_FORMATS,
  type ChartSpec,
  type SheetCell,
  type SheetSpec,
  type StyledCell,
} from './workbook-sheet.js';

const { points: POINTS, percent: PERCENT, integer: INTEGER } = NUMBER_FORMATS;

/** A unit of the round with no submission (spec §7 `--expect`). */
export interface MissingUnit {
  code: string;
  name: string;
}

/** A file left out of the report (spec §7 `--keep-going`). */
export interface RejectedFile {
  file: string;
  errors: number;
  warnings: number;
  /** The first errors, each with its location, as a person reads them. */
  firstErrors: readonly string[];
}

export interface CoverFacts {
  /** The report's date (SOURCE_DATE_EPOCH or now), shown as a calendar date in Vietnam. */
  date: Date;
  /** Filled by a batch run with `--expect`; absent or null: not checked, nothing shown. */
  missingUnits?: readonly MissingUnit[] | null;
  /** Filled by a batch run with `--keep-going`; absent or empty: nothing shown. */
  rejectedFiles?: readonly RejectedFile[];
  /** A per-unit report of a round (spec §7 `--split`): the rank shown is the national one. */
  nationalRank?: NationalRank | null;
}

const TITLE_COLOUR = 'FF1F4E79';
const SECTION_FILL = 'FFD9E1F2';
/**
 * Column widths of the cover: they add up to a portrait A4 page at 100 %. Column A holds short
 * numbers and codes, B the names (wrapped), C–F the figures.
 */
const WIDTHS = [7, 25, 9, 9, 9, 13];
const CHART_COLUMNS = WIDTHS.length;
/** Charts of a batch show at most this many entities (the first by rank). */
export const CHART_ENTITY_LIMIT = 40;
/** Default-height rows on a printed portrait A4 page, less room for the header and footer. */
const PAGE_ROWS = 44;
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The report's title, also printed in every page header. */
export function reportTitle(ctx: WorkbookContext): string {
  const entities = ctx.report.entities;
  const [single] = entities;
  const years = [...new Set(entities.map((entity) => entity.year).filter((y) => y !== null))];
  years.sort((a, b) => a - b);
  const scope =
    entities.length === 1 && single !== undefined ? (single.province?.name ?? single.label) : null;
  return ctx.labels.cover.title(scope, years);
}

/**
 * The cover sheet **Báo cáo** / **Report** (spec §9.1): title, set, date, missing policy, key
 * figures, the domains, for a batch the top and bottom five, missing units and rejected files,
 * and native charts that point at the cells of this and the other sheets.
 */
export function workbookCover(ctx: WorkbookContext, facts: CoverFacts): SheetSpec {
  const { labels: l, set, lang, report } = ctx;
  const c = l.cover;
  const rows: SheetCell[][] = [];
  const merges: SheetSpec['merges'] = [];
  const charts: ChartSpec[] = [];
  const pageBreaks: number[] = [];
  const line = (cell: StyledCell): void => {
    merges.push({ row: rows.length, column: 0, columns: CHART_COLUMNS });
    rows.push([cell]);
  };
  const blank = (): void => {
    rows.push([]);
  };
  const section = (text: string): void => {
    rows.push(
      WIDTHS.map((_, i) => ({
        value: i === 0 ? text : null,
        bold: true,
        size: 12,
        fill: SECTION_FILL,
        border: 'bottom' as const,
      })),
    );
  };
  const tableHeader = (texts: readonly string[]): void => {
    rows.push(
      texts.map((text) => ({ value: text, bold: true, wrap: true, border: 'bottom' as const })),
    );
  };

  line({ value: reportTitle(ctx), bold: true, size: 14, colour: TITLE_COLOUR, wrap: true });
  line({ value: c.setLine(set.title[lang], set.id, set.version), italic: true, wrap: true });
  line({ value: c.dateLine(vietnamDate(ctx, facts.date)) });
  line({ value: c.policyLine(l.missingText[report.policy.missing]), wrap: true });
  blank();

  const entities = ctx.ranked();
  const [single] = report.entities;
  section(c.keyFigures);
  const figuresFrom = rows.length;
  if (report.entities.length === 1 && single !== undefined) {
    keyFigures(ctx, single, rows, facts.nationalRank ?? null);
  } else {
    batchFigures(ctx, entities, rows);
  }
  // Labels take the two first columns; the figures start at C.
  for (let r = figuresFrom; r < rows.length; r++) merges.push({ row: r, column: 0, columns: 2 });
  blank();

  if (report.entities.length === 1 && single !== undefined) {
    // The domains table is the group chart's data: the chart stays live with these cells.
    section(c.groupsHeading);
    tableHeader([l.code, l.name, l.points, l.maxPoints, l.index, l.band]);
    const first = rows.length;
    const tops = single.groups.filter((group) => group.level === 1);
    for (const group of tops) {
      rows.push([
        group.code,
        { value: group.name[lang], wrap: true },
        { value: group.points, numFmt: POINTS },
        { value: group.maxPoints, numFmt: POINTS },
        { value: group.index, numFmt: PERCENT, bold: true },
        ctx.bandName(ctx.bandOf(group.index)),
      ]);
    }
    blank();
    if (tops.length > 0) {
      const height = Math.max(12, tops.length * 2 + 6);
      charts.push({
        kind: 'bar',
        title: c.groupChart,
        categories: { row: first, column: 1, rows: tops.length },
        series: [{ name: l.index, values: { row: first, column: 4, rows: tops.length } }],
        valueFormat: '0%',
        min: 0,
        max: 1,
        anchor: { row: rows.length, column: 0, rows: height, columns: CHART_COLUMNS },
      });
      for (let i = 0; i < height + 1; i++) blank();
    }
    const gapCount = Math.min(10, single.gaps.length);
    if (gapCount > 0) {
      const columns = gapColumns(ctx);
      const name = columns.findIndex((column) => column.header === l.name);
      const lost = columns.findIndex((column) => column.header === l.lost);
      pageBreaks.push(rows.length);
      charts.push({
        kind: 'bar',
        title: c.gapChart,
        categories: { sheet: l.sheets.gaps, row: 0, column: name, rows: gapCount },
        series: [
          {
            name: l.lost,
            values: { sheet: l.sheets.gaps, row: 0, column: lost, rows: gapCount },
            colour: 'C0504D',
          },
        ],
        valueFormat: '0.0',
        min: 0,
        anchor: { row: rows.length, column: 0, rows: gapCount * 2 + 8, columns: CHART_COLUMNS },
      });
      for (let i = 0; i < gapCount * 2 + 9; i++) blank();
    }
  } else {
    const ranked = entities.filter((entity) => entity.rank !== null);
    // Rank and code are kept apart by the name, so "1" and "19" never read as "119".
    const rankRow = (entity: EntityScore): SheetCell[] => [
      { value: entity.rank, numFmt: INTEGER, align: 'center' },
      { value: entity.label, wrap: true },
      { value: ctx.provinceCode(entity), numFmt: NUMBER_FORMATS.text, align: 'center' },
      { value: entity.points, numFmt: POINTS },
      { value: entity.index, numFmt: PERCENT, bold: true },
      ratingLabel(entity, lang),
    ];
    const headers = [l.rank, l.entity, l.provinceCode, l.points, l.index, l.rating];
    section(c.topFive);
    tableHeader(headers);
    for (const entity of ranked.slice(0, 5)) rows.push(rankRow(entity));
    blank();
    section(c.bottomFive);
    tableHeader(headers);
    for (const entity of ranked.slice(Math.max(5, ranked.length - 5))) rows.push(rankRow(entity));
    blank();
    const missing = facts.missingUnits ?? null;
    if (missing !== null && missing.length > 0) {
      section(c.missingUnits(missing.length));
      tableHeader([l.code, l.province]);
      for (const unit of missing) {
        rows.push([
          { value: unit.code, numFmt: NUMBER_FORMATS.text, align: 'center' },
          { value: unit.name, wrap: true },
        ]);
      }
      blank();
    }
    const rejected = facts.rejectedFiles ?? [];
    if (rejected.length > 0) {
      section(c.rejectedFiles(rejected.length));
      merges.push({ row: rows.length, column: 0, columns: 2 });
      merges.push({ row: rows.length, column: 4, columns: 2 });
      tableHeader([l.file, '', l.errors, l.warnings, c.firstErrors, '']);
      for (const file of rejected) {
        merges.push({ row: rows.length, column: 0, columns: 2 });
        merges.push({ row: rows.length, column: 4, columns: 2 });
        rows.push([
          { value: file.file, wrap: true },
          null,
          { value: file.errors, numFmt: INTEGER },
          { value: file.warnings, numFmt: INTEGER },
          { value: file.firstErrors.join('\n'), wrap: true },
        ]);
      }
      blank();
    }
    batchCharts(ctx, entities.length, rows, charts, pageBreaks);
  }

  return {
    name: l.sheets.cover,
    columns: WIDTHS.map((width) => ({ header: '', width })),
    rows,
    rules: [],
    header: false,
    autoFilter: false,
    merges,
    charts,
    pageBreaks,
    orientation: 'portrait',
  };
}

function keyFigures(
  ctx: WorkbookContext,
  entity: EntityScore,
  rows: SheetCell[][],
  national: NationalRank | null,
): void {
  const { labels: l, lang } = ctx;
  const label = (text: string): StyledCell => ({ value: text, bold: true });
  rows.push([
    label(ctx.labels.cover.pointsOfMax),
    null,
    { value: entity.points, numFmt: POINTS, bold: true, size: 12, align: 'left' },
    { value: entity.maxPoints, numFmt: ctx.labels.cover.maxFormat, align: 'left' },
  ]);
  rows.push([
    label(l.index),
    null,
    { value: entity.index, numFmt: PERCENT, bold: true, size: 12, align: 'left' },
  ]);
  rows.push([label(l.rating), null, ratingLabel(entity, lang) ?? l.none]);
  rows.push([label(l.coverage), null, { value: entity.coverage, numFmt: PERCENT, align: 'left' }]);
  if (national !== null) {
    // "5/34": the rank means little without the size of the round.
    rows.push([label(l.nationalRank), null, nationalRankText(ctx, national)]);
    return;
  }
  rows.push([
    label(l.rank),
    null,
    entity.rank === null ? l.none : { value: entity.rank, numFmt: INTEGER, align: 'left' },
  ]);
}

function batchFigures(ctx: WorkbookContext, entities: EntityScore[], rows: SheetCell[][]): void {
  const { labels: l } = ctx;
  const label = (text: string): StyledCell => ({ value: text, bold: true });
  const indexed = entities.filter((entity) => entity.index !== null);
  const mean =
    indexed.length === 0
      ? null
      : indexed.reduce((sum, entity) => sum + (entity.index ?? 0), 0) / indexed.length;
  const coverage =
    entities.length === 0
      ? null
      : entities.reduce((sum, entity) => sum + entity.coverage, 0) / entities.length;
  rows.push([label(l.entities), null, { value: entities.length, numFmt: INTEGER, align: 'left' }]);
  rows.push([
    label(l.meanIndex),
    null,
    { value: mean, numFmt: PERCENT, bold: true, size: 12, align: 'left' },
  ]);
  rows.push([label(l.coverage), null, { value: coverage, numFmt: PERCENT, align: 'left' }]);
}

/** The ranking and the domains by entity, each on its own printed page. */
function batchCharts(
  ctx: WorkbookContext,
  total: number,
  rows: SheetCell[][],
  charts: ChartSpec[],
  pageBreaks: number[],
): void {
  const { labels: l } = ctx;
  const shown = Math.min(total, CHART_ENTITY_LIMIT);
  if (shown === 0) return;
  const ranking = rankingColumns(ctx);
  const sheet = l.sheets.ranking;
  const categories = { sheet, row: 0, column: ranking.label, rows: shown };
  const rankingHeight = Math.min(PAGE_ROWS, Math.max(14, Math.ceil(shown * 1.3) + 6));
  pageBreaks.push(rows.length);
  charts.push({
    kind: 'bar',
    title: l.cover.rankingChart(shown, total),
    categories,
    series: [{ name: l.index, values: { sheet, row: 0, column: ranking.index, rows: shown } }],
    valueFormat: '0%',
    min: 0,
    max: 1,
    anchor: { row: rows.length, column: 0, rows: rankingHeight, columns: CHART_COLUMNS },
  });
  for (let i = 0; i < rankingHeight + 1; i++) rows.push([]);
  const tops = topGroups(ctx);
  if (tops.length === 0) return;
  const groupsHeight = Math.min(PAGE_ROWS, Math.max(16, Math.ceil(shown * tops.length * 0.35) + 8));
  pageBreaks.push(rows.length);
  charts.push({
    kind: 'bar',
    title: l.cover.groupsByEntityChart(shown, total),
    categories,
    series: tops.map((code, i) => ({
      name: `${code} ${ctx.group(code)?.name[ctx.lang] ?? ''}`.trim(),
      values: { sheet, row: 0, column: ranking.group(i), rows: shown },
    })),
    valueFormat: '0%',
    min: 0,
    max: 1,
    anchor: { row: rows.length, column: 0, rows: groupsHeight, columns: CHART_COLUMNS },
  });
  for (let i = 0; i < groupsHeight + 1; i++) rows.push([]);
}

/** The report's date as a calendar date in Vietnam (UTC+7), whatever the machine's zone. */
export function vietnamDate(ctx: WorkbookContext, date: Date): string {
  if (Number.isNaN(date.getTime())) return ctx.labels.none;
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  return ctx.labels.cover.date(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}
