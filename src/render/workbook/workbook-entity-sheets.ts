import { ratingLabel } from '../formats/rating-label.js';
import { gapsOf, indicatorAt, indicatorsOf } from '../../core/score/entity-view.js';
import type { EntityScore, IndicatorScore } from '../../core/score/report.js';
import type { NationalRank } from '../../core/score/unit-report.js';
import type { WorkbookContext } from './workbook-context.js';
import { NUMBER_FORMATS, type SheetCell, type SheetSpec } from './workbook-sheet.js';

const { points: POINTS, percent: PERCENT, integer: INTEGER } = NUMBER_FORMATS;

/** Summary, groups, indicators and gaps of a report on one entity (spec §4.3). */
export function workbookEntitySheets(
  ctx: WorkbookContext,
  entity: EntityScore,
  national: NationalRank | null = null,
): SheetSpec[] {
  return [
    summary(ctx, entity, national),
    groups(ctx, entity),
    indicators(ctx, entity),
    gaps(ctx, entity),
  ];
}

/** "5/34", or "—" for an entity without a rank (spec §7 `--split`). */
export function nationalRankText(ctx: WorkbookContext, national: NationalRank): string {
  return national.rank === null ? ctx.labels.none : `${national.rank}/${national.of}`;
}

function summary(
  ctx: WorkbookContext,
  entity: EntityScore,
  national: NationalRank | null,
): SheetSpec {
  const { labels: l, set, lang } = ctx;
  const count = (severity: 'error' | 'warning' | 'info'): number =>
    ctx.report.findings.filter((finding) => finding.severity === severity).length;
  const rows: SheetCell[][] = [
    [l.entity, entity.label],
    [l.provinceCode, { value: ctx.provinceCode(entity), numFmt: NUMBER_FORMATS.text }],
    [l.province, entity.province?.name ?? null],
    [l.year, entity.year === null ? null : { value: entity.year, numFmt: INTEGER }],
    [l.setId, set.id],
    [l.setVersion, set.version],
    [l.setTitle, set.title[lang]],
    [l.sourceFile, entity.source.file],
    [l.sourceSheet, entity.source.sheet],
    [l.points, { value: entity.points, numFmt: POINTS, bold: true }],
    [l.maxPoints, { value: entity.maxPoints, numFmt: POINTS }],
    [l.index, { value: entity.index, numFmt: PERCENT, bold: true }],
    [l.rating, ratingLabel(entity, lang)],
    [l.coverage, { value: entity.coverage, numFmt: PERCENT }],
    ...(national === null ? [] : [[l.nationalRank, nationalRankText(ctx, national)]]),
    [l.errors, { value: count('error'), numFmt: INTEGER }],
    [l.warnings, { value: count('warning'), numFmt: INTEGER }],
    [l.infos, { value: count('info'), numFmt: INTEGER }],
  ];
  return {
    name: l.sheets.summary,
    columns: [{ header: l.item }, { header: l.value, maxWidth: 70 }],
    rows,
    rules: [],
  };
}

function groups(ctx: WorkbookContext, entity: EntityScore): SheetSpec {
  const { labels: l, lang } = ctx;
  return {
    name: l.sheets.groups,
    columns: [
      { header: l.level, numFmt: INTEGER },
      { header: l.code, text: true },
      { header: l.name },
      { header: l.points, numFmt: POINTS },
      { header: l.maxPoints, numFmt: POINTS },
      { header: l.index, numFmt: PERCENT },
      { header: l.band },
    ],
    rows: entity.groups.map((group) => [
      group.level,
      group.code,
      // Indented by level so the hierarchy reads at a glance.
      `${'    '.repeat(Math.max(0, group.level - 1))}${group.name[lang]}`,
      group.points,
      group.maxPoints,
      group.index,
      ctx.bandName(ctx.bandOf(group.index)),
    ]),
    rules: [{ kind: 'colorScale', fromColumn: 5, toColumn: 5 }, ctx.bandRule(6)],
  };
}

function indicators(ctx: WorkbookContext, entity: EntityScore): SheetSpec {
  const { labels: l } = ctx;
  return {
    name: l.sheets.indicators,
    columns: indicatorColumns(ctx),
    rows: entity.indicators.map((score) => indicatorRow(ctx, score)),
    rules: [{ kind: 'dataBar', column: 8 }, ctx.bandRule(13)],
    frozenColumns: 1,
  };
}

/** Columns of one indicator row; the batch details sheet puts entity columns before them. */
export function indicatorColumns(ctx: WorkbookContext): SheetSpec['columns'] {
  const { labels: l } = ctx;
  return [
    { header: l.code, text: true },
    { header: l.domain, maxWidth: 30 },
    { header: l.group, maxWidth: 30 },
    { header: l.name, wrap: true, maxWidth: 50 },
    { header: l.unit, maxWidth: 15 },
    { header: l.type, maxWidth: 28 },
    { header: l.target, maxWidth: 30 },
    { header: l.value },
    { header: l.achievement, numFmt: PERCENT },
    { header: l.points, numFmt: POINTS },
    { header: l.maxPoints, numFmt: POINTS },
    { header: l.lost, numFmt: POINTS },
    { header: l.gap },
    { header: l.band },
    { header: l.evidence, wrap: true, maxWidth: 40 },
    { header: l.basis, wrap: true, maxWidth: 40 },
  ];
}

export function indicatorRow(ctx: WorkbookContext, score: IndicatorScore): SheetCell[] {
  const indicator = ctx.indicator(score.code);
  return [
    score.code,
    indicator === undefined ? null : ctx.domainName(indicator),
    indicator === undefined ? null : ctx.groupName(indicator),
    indicator?.name[ctx.lang] ?? null,
    indicator?.unit ?? null,
    indicator === undefined ? null : ctx.typeName(indicator),
    indicator === undefined ? null : ctx.targetCell(indicator),
    ctx.valueCell(indicator, score.value),
    score.achievement,
    score.points,
    score.maxPoints,
    score.pointsLost,
    score.gap,
    ctx.bandName(score.band),
    score.evidence,
    indicator?.basis ?? null,
  ];
}

function gaps(ctx: WorkbookContext, entity: EntityScore): SheetSpec {
  return {
    name: ctx.labels.sheets.gaps,
    columns: gapColumns(ctx),
    rows: gapRows(ctx, entity),
    rules: [ctx.bandRule(9)],
  };
}

export function gapColumns(ctx: WorkbookContext): SheetSpec['columns'] {
  const { labels: l } = ctx;
  return [
    { header: l.rank, numFmt: INTEGER, align: 'center' },
    { header: l.code, text: true },
    { header: l.domain, maxWidth: 30 },
    { header: l.name, wrap: true, maxWidth: 50 },
    { header: l.lost, numFmt: POINTS },
    { header: l.gap },
    { header: l.unit, maxWidth: 15 },
    { header: l.value },
    { header: l.target, maxWidth: 30 },
    { header: l.band },
  ];
}

/**
 * The gap rows of one entity (its first `limit` gaps), each after the cells of `lead` (the
 * entity's own, in a batch).
 */
export function gapRows(
  ctx: WorkbookContext,
  entity: EntityScore,
  lead: readonly SheetCell[] = [],
  limit = Infinity,
): SheetCell[][] {
  // Indicators are scored in the set's order; a lookup by code covers any other order.
  // In a batch the entity's parts are built from the score columns and dropped (entity-view.ts).
  let scores: Map<string, IndicatorScore> | null = null;
  const scoreOf = (code: string): IndicatorScore | undefined => {
    const at = ctx.indicatorPosition(code);
    const inPlace = at === undefined ? undefined : indicatorAt(entity, at);
    if (inPlace?.code === code) return inPlace;
    return (scores ??= new Map(indicatorsOf(entity).map((score) => [score.code, score]))).get(code);
  };
  return gapsOf(entity, limit).map((gap, index) => {
    const indicator = ctx.indicator(gap.code);
    return [
      ...lead,
      index + 1,
      gap.code,
      indicator === undefined ? null : ctx.domainName(indicator),
      indicator?.name[ctx.lang] ?? null,
      gap.pointsLost,
      gap.gap,
      indicator?.unit ?? null,
      ctx.valueCell(indicator, scoreOf(gap.code)?.value ?? null),
      indicator === undefined ? null : ctx.targetCell(indicator),
      ctx.bandName(gap.band),
    ];
  });
}
