import type { CompareResult } from '../../core/compare/compare-result.js';
import type { Lang } from '../../core/findings/finding.js';
import { xlsxWrite } from '../xlsx/xlsx-write.js';
import { compareWorkbookLabels } from './compare-workbook-labels.js';
import { checksSheet, methodSheet } from './workbook-common-sheets.js';
import { workbookLabels } from './workbook-labels.js';
import {
  NUMBER_FORMATS,
  type SheetCell,
  type SheetRule,
  type SheetSpec,
} from './workbook-sheet.js';

export interface CompareWorkbookOptions {
  lang: Lang;
  toolVersion: string;
  /** Input files of both sides with their SHA-256, for the method sheet. */
  inputs: readonly { file: string; sha256: string }[];
  /** created/modified date (from SOURCE_DATE_EPOCH when set). */
  date: Date;
}

/**
 * The workbook of `compare -o x.xlsx` (spec §8.1) through the project's one writer: **So sánh**
 * (one row per entity in the later side's rank order, with a native bar chart of the index
 * change), **So sánh nhóm** (entity × group index change, colour scale), **So sánh chỉ số**
 * (entity × indicator achievement change), **Kiểm tra dữ liệu** and **Phương pháp**.
 */
export async function compareWorkbook(
  result: CompareResult,
  options: CompareWorkbookOptions,
): Promise<Uint8Array[]> {
  const c = compareWorkbookLabels(options.lang);
  const ordered = [...result.entities]
    .map((entity, order) => ({ entity, order }))
    .sort(
      (a, b) =>
        (a.entity.after.rank ?? Infinity) - (b.entity.after.rank ?? Infinity) || a.order - b.order,
    )
    .map(({ entity }) => entity);
  const sorted = { ...result, entities: ordered };
  return xlsxWrite(
    [
      compareSheet(sorted, options.lang),
      groupSheet(sorted, options.lang),
      indicatorSheet(sorted, options.lang),
      checksSheet(workbookLabels(options.lang), options.lang, result.findings, { detail: false }),
      compareMethod(result, options),
    ],
    {
      date: options.date,
      page: {
        title: `${c.compare} — ${result.sets.after.title}`,
        pageWord: workbookLabels(options.lang).cover.page,
      },
    },
  );
}

function compareSheet(result: CompareResult, lang: Lang): SheetSpec {
  const l = workbookLabels(lang);
  const c = compareWorkbookLabels(lang);
  const { integer: INTEGER, percent: PERCENT, points: POINTS } = NUMBER_FORMATS;
  const rows = result.entities.map((e): SheetCell[] => [
    e.after.rank,
    e.delta.rank,
    e.label,
    e.province?.code ?? null,
    e.before.year,
    e.after.year,
    e.before.rank,
    e.before.index,
    e.after.index,
    e.delta.index,
    e.delta.points,
    e.before.rating,
    e.after.rating,
    e.improved.map((g) => g.code).join(', '),
    e.declined.map((g) => g.code).join(', '),
  ]);
  const n = rows.length;
  return {
    name: c.compare,
    columns: [
      { header: c.rankAfter, numFmt: INTEGER, align: 'center' },
      { header: c.rankMove, numFmt: '▲0;▼0;=', align: 'center' },
      { header: l.entity, maxWidth: 35 },
      { header: l.provinceCode, text: true },
      { header: c.yearBefore, numFmt: INTEGER },
      { header: c.yearAfter, numFmt: INTEGER },
      { header: c.rankBefore, numFmt: INTEGER, align: 'center' },
      { header: c.indexBefore, numFmt: PERCENT },
      { header: c.indexAfter, numFmt: PERCENT },
      { header: c.indexDelta, numFmt: '+0.0%;-0.0%;0.0%' },
      { header: c.pointsDelta, numFmt: `+${POINTS};-${POINTS};${POINTS}` },
      { header: c.ratingBefore, maxWidth: 25 },
      { header: c.ratingAfter, maxWidth: 25 },
      { header: c.improved, maxWidth: 40 },
      { header: c.declined, maxWidth: 40 },
    ],
    rows,
    rules: [{ kind: 'dataBar', column: 9 }],
    frozenColumns: 3,
    charts:
      n === 0
        ? []
        : [
            {
              kind: 'bar',
              title: c.chartTitle,
              categories: { row: 0, column: 2, rows: n },
              series: [{ name: c.indexDelta, values: { row: 0, column: 9, rows: n } }],
              valueFormat: '+0.0%;-0.0%;0%',
              anchor: {
                row: n + 3,
                column: 2,
                rows: Math.min(40, Math.max(12, n + 4)),
                columns: 8,
              },
            },
          ],
  };
}

/** Deltas run from −1 to 1: red for a fall, the middle colour at no change, green for a rise. */
const DELTA_SCALE = (count: number): SheetRule => ({
  kind: 'colorScale',
  fromColumn: 2,
  toColumn: count + 1,
  scale: [-0.25, 0, 0.25],
});

function groupSheet(result: CompareResult, lang: Lang): SheetSpec {
  const names = new Map(result.sets.after.groups.map((g) => [g.code, g]));
  const codes = (result.entities[0]?.groups ?? [])
    .map((g) => g.code)
    .filter((code) => names.get(code)?.level === 1);
  return deltaSheet(result, lang, {
    name: compareWorkbookLabels(lang).groups,
    columns: codes.map((code) => ({
      code,
      header: `${code} ${names.get(code)?.name ?? ''}`.trim(),
      maxWidth: 22,
    })),
    deltas: (e) => e.groups,
  });
}

function indicatorSheet(result: CompareResult, lang: Lang): SheetSpec {
  return deltaSheet(result, lang, {
    name: compareWorkbookLabels(lang).indicators,
    columns: (result.entities[0]?.indicators ?? []).map((i) => ({
      code: i.code,
      header: i.code,
      maxWidth: 14,
    })),
    deltas: (e) => e.indicators,
  });
}

/** Entity × code sheet of changes (groups or indicators), coloured by DELTA_SCALE. */
function deltaSheet(
  result: CompareResult,
  lang: Lang,
  sheet: {
    name: string;
    columns: ReadonlyArray<{ code: string; header: string; maxWidth: number }>;
    deltas: (
      entity: CompareResult['entities'][number],
    ) => ReadonlyArray<{ code: string; delta: number | null }>;
  },
): SheetSpec {
  const l = workbookLabels(lang);
  const rows = result.entities.map((e): SheetCell[] => {
    const byCode = new Map(sheet.deltas(e).map((d) => [d.code, d.delta]));
    return [
      e.label,
      e.province?.code ?? null,
      ...sheet.columns.map(({ code }) => byCode.get(code) ?? null),
    ];
  });
  return {
    name: sheet.name,
    columns: [
      { header: l.entity, maxWidth: 35 },
      { header: l.provinceCode, text: true },
      ...sheet.columns.map(({ header, maxWidth }) => ({
        header,
        numFmt: '+0.0%;-0.0%;0.0%',
        maxWidth,
      })),
    ],
    rows,
    rules: sheet.columns.length === 0 ? [] : [DELTA_SCALE(sheet.columns.length)],
    frozenColumns: 2,
  };
}

function compareMethod(result: CompareResult, options: CompareWorkbookOptions): SheetSpec {
  const { lang } = options;
  const l = workbookLabels(lang);
  const c = compareWorkbookLabels(lang);
  const { before, after } = result.sets;
  const rows: SheetCell[][] = [
    [c.setBefore, `${before.id} ${before.version} — ${before.title}`],
    [c.setAfter, `${after.id} ${after.version} — ${after.title}`],
  ];
  for (const side of ['before', 'after'] as const) {
    const policy = result.policy[side];
    rows.push([c.policyOf(c.side[side]), l.missingText[policy.missing]]);
    rows.push([c.rollupOf(c.side[side]), c.rollupText[policy.rollup ?? 'none']]);
  }
  rows.push([c.matching, c.matchingText]);
  if (result.onlyBefore.length > 0) {
    rows.push([c.onlyBefore, result.onlyBefore.map((e) => e.label).join(', ')]);
  }
  if (result.onlyAfter.length > 0) {
    rows.push([c.onlyAfter, result.onlyAfter.map((e) => e.label).join(', ')]);
  }
  return methodSheet(l, rows, options);
}
