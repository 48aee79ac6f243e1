import { ratingLabel } from '../formats/rating-label.js';
import { gapCountOf, gapsOf, indicatorsOf, valueAt } from '../../core/score/entity-view.js';
import type { EntityScore, IndicatorScore } from '../../core/score/report.js';
import type { NationalRank } from '../../core/score/unit-report.js';
import type { WorkbookContext } from './workbook-context.js';
import {
  NUMBER_FORMATS,
  type RowWriter,
  type SheetCell,
  type SheetSpec,
} from './workbook-sheet.js';

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
    rows: {
      count: entity.indicators.length,
      *write(to) {
        for (const score of entity.indicators) {
          writeIndicatorRow(ctx, score, to);
          if (!to.end()) return;
          yield;
        }
      },
    },
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

export function writeIndicatorRow(
  ctx: WorkbookContext,
  score: IndicatorScore,
  to: RowWriter,
): void {
  const indicator = ctx.indicator(score.code);
  to.text(score.code);
  to.text(indicator === undefined ? null : ctx.domainName(indicator));
  to.text(indicator === undefined ? null : ctx.groupName(indicator));
  to.text(indicator?.name[ctx.lang] ?? null);
  to.text(indicator?.unit ?? null);
  to.text(indicator === undefined ? null : ctx.typeName(indicator));
  to.cell(indicator === undefined ? null : ctx.targetCell(indicator));
  to.cell(ctx.valueCell(indicator, score.value));
  to.number(score.achievement);
  to.number(score.points);
  to.number(score.maxPoints);
  to.number(score.pointsLost);
  to.number(score.gap);
  to.text(ctx.bandName(score.band));
  to.text(score.evidence);
  to.text(indicator?.basis ?? null);
}

function gaps(ctx: WorkbookContext, entity: EntityScore): SheetSpec {
  return {
    name: ctx.labels.sheets.gaps,
    columns: gapColumns(ctx),
    rows: {
      count: gapCountOf(entity),
      // One entity's gaps (a few dozen rows) in one step.
      *write(to) {
        writeGapRows(ctx, entity, to);
        yield;
      },
    },
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
 * Writes the gap rows of one entity (its first `limit` gaps), each after the cells `lead` writes
 * (the entity's own, in a batch). False when the reader wants no more rows.
 */
export function writeGapRows(
  ctx: WorkbookContext,
  entity: EntityScore,
  to: RowWriter,
  limit = Infinity,
  lead?: () => void,
): boolean {
  // Indicators are scored in the set's order; a lookup by code covers any other order.
  // In a batch the value is read from the score columns, building no indicator (entity-view.ts).
  let scores: Map<string, IndicatorScore> | null = null;
  const valueOf = (code: string): IndicatorScore['value'] => {
    const at = ctx.indicatorPosition(code);
    const inPlace = at === undefined ? undefined : valueAt(entity, at, code);
    if (inPlace !== undefined) return inPlace;
    scores ??= new Map(indicatorsOf(entity).map((score) => [score.code, score]));
    return scores.get(code)?.value ?? null;
  };
  const gaps = gapsOf(entity, limit);
  for (let index = 0; index < gaps.length; index++) {
    const gap = gaps[index]!;
    const indicator = ctx.indicator(gap.code);
    lead?.();
    to.number(index + 1);
    to.text(gap.code);
    to.text(indicator === undefined ? null : ctx.domainName(indicator));
    to.text(indicator?.name[ctx.lang] ?? null);
    to.number(gap.pointsLost);
    to.number(gap.gap);
    to.text(indicator?.unit ?? null);
    to.cell(ctx.valueCell(indicator, valueOf(gap.code)));
    to.cell(indicator === undefined ? null : ctx.targetCell(indicator));
    to.text(ctx.bandName(gap.band));
    if (!to.end()) return false;
  }
  return true;
}
