import type { Lang } from '../../core/findings/finding.js';
import { percentText } from '../formats/round-number.js';
import { ratingLabel } from '../formats/rating-label.js';
import {
  achievementAt,
  gapCountOf,
  groupCountOf,
  groupIndexAt,
  groupRankAt,
  groupsOf,
  indicatorCountOf,
  indicatorsOf,
} from '../../core/score/entity-view.js';
import type { EntityScore } from '../../core/score/report.js';
import { localNumberText } from '../../core/text/local-number-text.js';
import type { WorkbookContext } from './workbook-context.js';
import {
  gapColumns,
  indicatorColumns,
  writeGapRows,
  writeIndicatorRow,
} from './workbook-entity-sheets.js';
import {
  NUMBER_FORMATS,
  type RowStream,
  type RowWriter,
  type SheetColumn,
  type SheetSpec,
} from './workbook-sheet.js';

const { points: POINTS, percent: PERCENT, integer: INTEGER } = NUMBER_FORMATS;

/**
 * The sheets of a report on several entities (spec §4.3): summary, ranking, heat map, groups
 * (long), the achievement matrix, every indicator row in long form (within DETAIL_ROW_BUDGET
 * rows), and the gap lists (each entity's GAPS_PER_ENTITY biggest beyond GAP_ROW_BUDGET rows).
 * Entities are listed by rank everywhere, so the sheets read in the same order.
 */
export function workbookBatchSheets(ctx: WorkbookContext): SheetSpec[] {
  const entities = ctx.ranked();
  const detailRows = entities.reduce((sum, entity) => sum + indicatorCountOf(entity), 0);
  return [
    summary(ctx, entities),
    ranking(ctx, entities),
    heatMap(ctx, entities),
    groups(ctx, entities),
    matrix(ctx, entities),
    // Every indicator of every entity in long form reads well for a national table of 34
    // provinces; for thousands of communes it is hundreds of thousands of rows that nobody
    // scrolls, and most of the export time. The matrix and the gap list stay; the CSV and JSON
    // reports (-o x.csv / x.json) carry every indicator row.
    ...(detailRows <= DETAIL_ROW_BUDGET ? [details(ctx, entities, detailRows)] : []),
    gaps(ctx, entities),
  ];
}

/**
 * Budgets by rows, not by entities: 34 provinces × 1,000 indicators and 3,321 communes × 50 are
 * both big, for different reasons. Beyond this many indicator rows the long details sheet is
 * left out (the matrix still shows every achievement; -o x.csv / x.json carry every row).
 */
export const DETAIL_ROW_BUDGET = 50_000;

/** Beyond this many gap rows, the gap sheet keeps each entity's GAPS_PER_ENTITY biggest gaps. */
export const GAP_ROW_BUDGET = 50_000;

/**
 * A national table of communes has ~40 gaps per commune — 129,000 rows that cost most of the
 * export and that nobody reads past each commune's first few; the matrix still shows every
 * indicator's achievement, and the CSV and JSON reports carry every gap.
 */
export const GAPS_PER_ENTITY = 10;

/** Whether the gap sheet is cut to each entity's biggest gaps. */
function gapsLimited(entities: readonly EntityScore[]): boolean {
  return entities.reduce((sum, entity) => sum + gapCountOf(entity), 0) > GAP_ROW_BUDGET;
}

/**
 * One row per entity, written while the sheet is encoded: for 100,000 entities the rows of the
 * ranking, heat map and matrix held at once were ~2 KB an entity. The entity's groups and
 * indicators are read through groupAt/achievementAt (from the score columns, not kept).
 */
function rowsOf(
  entities: readonly EntityScore[],
  row: (entity: EntityScore, to: RowWriter) => void,
): RowStream {
  return {
    count: entities.length,
    // Indexed loops: a generator's for-of allocated an iterator result per step.
    *write(to) {
      for (let e = 0; e < entities.length; e++) {
        const entity = entities[e]!;
        row(entity, to);
        if (!to.end()) return;
        yield;
      }
    },
  };
}

/**
 * An entity's group index or rank by code. Scores list groups in the set's order, so each is read
 * at its place from the score columns (the heat map reads 15 of them an entity, building no
 * group); a lookup by code covers any other order.
 */
function groupNumber(
  ctx: WorkbookContext,
  entity: EntityScore,
  code: string,
  field: 'index' | 'rank',
): number | null {
  const at = ctx.groupPosition(code);
  if (at !== undefined) {
    const inPlace =
      field === 'index' ? groupIndexAt(entity, at, code) : groupRankAt(entity, at, code);
    if (inPlace !== undefined) return inPlace;
  }
  // As a Map by code would give it: the last group with that code.
  const groups = groupsOf(entity);
  for (let g = groups.length - 1; g >= 0; g--) {
    if (groups[g]!.code === code) return groups[g]![field] ?? null;
  }
  return null;
}

function entityColumns(ctx: WorkbookContext): SheetColumn[] {
  return [
    { header: ctx.labels.provinceCode, text: true, align: 'center' },
    { header: ctx.labels.entity, maxWidth: 35 },
  ];
}

function writeEntity(ctx: WorkbookContext, entity: EntityScore, to: RowWriter): void {
  to.text(ctx.provinceCode(entity));
  to.text(entity.label);
}

function summary(ctx: WorkbookContext, entities: EntityScore[]): SheetSpec {
  const { labels: l, set, lang } = ctx;
  const indexed = entities
    .filter((entity) => entity.index !== null)
    .sort((a, b) => (b.index ?? 0) - (a.index ?? 0));
  const best = indexed[0];
  const worst = indexed.at(-1);
  const mean =
    indexed.length === 0
      ? null
      : indexed.reduce((sum, entity) => sum + (entity.index ?? 0), 0) / indexed.length;
  const years = [...new Set(entities.map((entity) => entity.year).filter((y) => y !== null))];
  const count = (severity: 'error' | 'warning' | 'info'): number =>
    ctx.report.findings.filter((finding) => finding.severity === severity).length;
  const describe = (entity: EntityScore | undefined): string | null =>
    entity === undefined ? null : `${entity.label} (${percentText(entity.index ?? 0, ctx.lang)})`;
  return {
    name: l.sheets.summary,
    columns: [{ header: l.item }, { header: l.value, maxWidth: 70 }],
    rows: [
      [l.entities, { value: entities.length, numFmt: INTEGER, bold: true }],
      [l.setId, set.id],
      [l.setVersion, set.version],
      [l.setTitle, set.title[lang]],
      [l.year, years.sort((a, b) => a - b).join(', ') || null],
      [l.best, describe(best)],
      [l.worst, describe(worst)],
      [l.meanIndex, { value: mean, numFmt: PERCENT, bold: true }],
      [l.errors, { value: count('error'), numFmt: INTEGER }],
      [l.warnings, { value: count('warning'), numFmt: INTEGER }],
      [l.infos, { value: count('info'), numFmt: INTEGER }],
      ...(gapsLimited(entities) ? [[l.gapList, l.gapListTop(GAPS_PER_ENTITY)]] : []),
      ...(ctx.report.policy.rollup === undefined
        ? []
        : [[l.rollup, l.rollupText[ctx.report.policy.rollup]]]),
    ],
    rules: [],
  };
}

export function topGroups(ctx: WorkbookContext): string[] {
  return ctx.set.groups.filter((group) => group.level === 1).map((group) => group.code);
}

function groupHeader(ctx: WorkbookContext, code: string): string {
  const group = ctx.group(code);
  return group === undefined ? code : `${code} ${group.name[ctx.lang]}`;
}

/** The ranking sheet's columns, and where the cover's charts find its numbers. */
export function rankingColumns(ctx: WorkbookContext): {
  columns: SheetColumn[];
  label: number;
  index: number;
  /** Column of the i-th top-level group's index (its rank is the next one). */
  group: (i: number) => number;
} {
  const { labels: l } = ctx;
  const columns: SheetColumn[] = [
    { header: l.rank, numFmt: INTEGER, align: 'center' },
    ...entityColumns(ctx),
    { header: l.year, numFmt: INTEGER },
    { header: l.points, numFmt: POINTS },
    { header: l.maxPoints, numFmt: POINTS },
    { header: l.index, numFmt: PERCENT },
    { header: l.rating },
    { header: l.coverage, numFmt: PERCENT },
  ];
  const firstGroupColumn = columns.length;
  for (const code of topGroups(ctx)) {
    columns.push({ header: l.indexOf(groupHeader(ctx, code)), numFmt: PERCENT, maxWidth: 22 });
    columns.push({ header: l.rankOf(code), numFmt: INTEGER, maxWidth: 14, align: 'center' });
  }
  return { columns, label: 2, index: 6, group: (i) => firstGroupColumn + 2 * i };
}

function ranking(ctx: WorkbookContext, entities: EntityScore[]): SheetSpec {
  const { labels: l, lang } = ctx;
  const tops = topGroups(ctx);
  const layout = rankingColumns(ctx);
  // A rolled-up report names each unit's former provinces last, after the columns the cover's
  // charts point at.
  const rolled = entities.some((entity) => entity.predecessors !== undefined);
  const columns = rolled
    ? [...layout.columns, { header: l.predecessors, wrap: true, maxWidth: 60 }]
    : layout.columns;
  const rows = rowsOf(entities, (entity, to) => {
    to.number(entity.rank);
    writeEntity(ctx, entity, to);
    to.number(entity.year);
    to.number(entity.points);
    to.number(entity.maxPoints);
    to.number(entity.index);
    to.text(ratingLabel(entity, lang));
    to.number(entity.coverage);
    for (const code of tops) {
      to.number(groupNumber(ctx, entity, code, 'index'));
      to.number(groupNumber(ctx, entity, code, 'rank'));
    }
    if (rolled) to.text(predecessorsText(entity, lang));
  });
  return {
    name: l.sheets.ranking,
    columns,
    rows,
    rules: [
      { kind: 'dataBar', column: layout.index },
      ...tops.map((_, i) => ({
        kind: 'colorScale' as const,
        fromColumn: layout.group(i),
        toColumn: layout.group(i),
      })),
    ],
    frozenColumns: 3,
  };
}

/** "Bình Dương (74) 52,5%; Hồ Chí Minh (79) 75,0%", numbers in the reader's language. */
function predecessorsText(entity: EntityScore, lang: Lang): string | null {
  if (entity.predecessors === undefined) return null;
  return entity.predecessors
    .map((p) => {
      const index =
        p.index === null ? '—' : `${localNumberText((p.index * 100).toFixed(1), lang)}%`;
      return `${p.name} (${p.code}) ${index}`;
    })
    .join('; ');
}

function heatMap(ctx: WorkbookContext, entities: EntityScore[]): SheetSpec {
  const { labels: l } = ctx;
  const codes = ctx.set.groups.map((group) => group.code);
  const columns: SheetColumn[] = [
    ...entityColumns(ctx),
    { header: l.index, numFmt: PERCENT },
    ...codes.map((code) => ({ header: groupHeader(ctx, code), numFmt: PERCENT, maxWidth: 16 })),
  ];
  const rows = rowsOf(entities, (entity, to) => {
    writeEntity(ctx, entity, to);
    to.number(entity.index);
    for (const code of codes) to.number(groupNumber(ctx, entity, code, 'index'));
  });
  return {
    name: l.sheets.heatMap,
    columns,
    rows,
    rules: [{ kind: 'colorScale', fromColumn: 2, toColumn: columns.length - 1 }],
    frozenColumns: 2,
  };
}

function groups(ctx: WorkbookContext, entities: EntityScore[]): SheetSpec {
  const { labels: l, lang } = ctx;
  let count = 0;
  for (const entity of entities) count += groupCountOf(entity);
  const rows: RowStream = {
    count,
    *write(to) {
      for (let e = 0; e < entities.length; e++) {
        const entity = entities[e]!;
        const code = ctx.provinceCode(entity);
        const groups = groupsOf(entity);
        for (let g = 0; g < groups.length; g++) {
          const group = groups[g]!;
          to.text(code);
          to.text(entity.label);
          to.number(group.level);
          to.text(group.code);
          to.text(group.name[lang]);
          to.number(group.points);
          to.number(group.maxPoints);
          to.number(group.index);
          to.text(ctx.bandName(ctx.bandOf(group.index)));
          to.number(group.rank);
          if (!to.end()) return;
        }
        yield;
      }
    },
  };
  return {
    name: l.sheets.groups,
    columns: [
      ...entityColumns(ctx),
      { header: l.level, numFmt: INTEGER },
      { header: l.code, text: true },
      { header: l.name, maxWidth: 40 },
      { header: l.points, numFmt: POINTS },
      { header: l.maxPoints, numFmt: POINTS },
      { header: l.index, numFmt: PERCENT },
      { header: l.band },
      { header: l.rank, numFmt: INTEGER },
    ],
    rows,
    rules: [{ kind: 'colorScale', fromColumn: 7, toColumn: 7 }, ctx.bandRule(8)],
    frozenColumns: 2,
  };
}

function matrix(ctx: WorkbookContext, entities: EntityScore[]): SheetSpec {
  const scored = ctx.set.indicators.filter((indicator) => indicator.scoring.method !== 'info');
  const columns: SheetColumn[] = [
    ...entityColumns(ctx),
    // Code and name: a printed matrix must say which indicator a column is (spec §9.1).
    ...scored.map((indicator) => ({
      header: `${indicator.code} ${indicator.name[ctx.lang]}`,
      numFmt: PERCENT,
      width: 16,
    })),
  ];
  // Positions in the set's indicator list: scores come in that order (looked up by code if not).
  const positions = scored.map((indicator) => ctx.set.indicators.indexOf(indicator));
  const rows = rowsOf(entities, (entity, to) => {
    writeEntity(ctx, entity, to);
    let byCode: Map<string, number | null> | null = null;
    for (let k = 0; k < scored.length; k++) {
      const code = scored[k]!.code;
      let achievement = achievementAt(entity, positions[k]!, code);
      if (achievement === undefined) {
        byCode ??= new Map(indicatorsOf(entity).map((s) => [s.code, s.achievement]));
        achievement = byCode.get(code) ?? null;
      }
      to.number(achievement);
    }
  });
  return {
    name: ctx.labels.sheets.indicators,
    columns,
    rows,
    rules:
      scored.length === 0
        ? []
        : [{ kind: 'colorScale', fromColumn: 2, toColumn: columns.length - 1 }],
    frozenColumns: 2,
  };
}

function details(ctx: WorkbookContext, entities: EntityScore[], count: number): SheetSpec {
  const rows: RowStream = {
    count,
    *write(to) {
      for (let e = 0; e < entities.length; e++) {
        const entity = entities[e]!;
        const scores = indicatorsOf(entity);
        for (let i = 0; i < scores.length; i++) {
          const score = scores[i]!;
          writeEntity(ctx, entity, to);
          writeIndicatorRow(ctx, score, to);
          if (!to.end()) return;
        }
        yield;
      }
    },
  };
  return {
    name: ctx.labels.sheets.details,
    columns: [...entityColumns(ctx), ...indicatorColumns(ctx)],
    rows,
    rules: [{ kind: 'dataBar', column: 10 }, ctx.bandRule(15)],
    frozenColumns: 3,
  };
}

function gaps(ctx: WorkbookContext, entities: EntityScore[]): SheetSpec {
  const limit = gapsLimited(entities) ? GAPS_PER_ENTITY : Infinity;
  let count = 0;
  for (const entity of entities) count += Math.min(gapCountOf(entity), limit);
  const rows: RowStream = {
    count,
    *write(to) {
      for (let e = 0; e < entities.length; e++) {
        const entity = entities[e]!;
        const more = writeGapRows(ctx, entity, to, limit, () => writeEntity(ctx, entity, to));
        if (!more) return;
        yield;
      }
    },
  };
  return {
    name: ctx.labels.sheets.gaps,
    columns: [...entityColumns(ctx), ...gapColumns(ctx)],
    rows,
    rules: [ctx.bandRule(11)],
    frozenColumns: 2,
  };
}
