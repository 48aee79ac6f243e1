import type { Lang } from '../../core/findings/finding.js';
import type { SensitivityResult } from '../../core/sensitivity/sensitivity-analysis.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { shortNumber } from '../formats/round-number.js';
import { type SensitivityContext, sensitivityContext } from './sensitivity-context.js';
import { sensitivityWorkbookLabels } from './sensitivity-workbook-labels.js';
import { methodSheet, setRows } from './workbook-common-sheets.js';
import { workbookLabels } from './workbook-labels.js';
import { NUMBER_FORMATS, type SheetCell, type SheetSpec } from './workbook-sheet.js';
import { xlsxWrite } from '../xlsx/xlsx-write.js';

export interface SensitivityWorkbookOptions {
  lang: Lang;
  toolVersion: string;
  /** Input files with their SHA-256, for the method sheet. */
  inputs: readonly { file: string; sha256: string }[];
  /** created/modified date (from SOURCE_DATE_EPOCH when set). */
  date: Date;
}

/** The workbook of `sensitivity -o x.xlsx` (spec §10) as bytes, through the one writer. */
export async function sensitivityWorkbook(
  result: SensitivityResult,
  set: ResolvedSet,
  options: SensitivityWorkbookOptions,
): Promise<Uint8Array[]> {
  const s = sensitivityWorkbookLabels(options.lang);
  return xlsxWrite(sensitivitySheets(result, set, options), {
    date: options.date,
    page: {
      title: `${s.sheet} — ${set.title[options.lang]}`,
      pageWord: workbookLabels(options.lang).cover.page,
    },
  });
}

/**
 * **Độ nhạy** / **Sensitivity** — one row per entity in base-rank order: the base rank, the
 * interval, P(change), the mean shift and its rank with each top-level group left out — and
 * **Phương pháp** / **Method**: the settings and the method in words.
 */
function sensitivitySheets(
  result: SensitivityResult,
  set: ResolvedSet,
  options: SensitivityWorkbookOptions,
): SheetSpec[] {
  const x = sensitivityContext(result, set, options.lang);
  return [intervals(result, x), method(result, set, x, options)];
}

/** The rank-interval chart shows at most this many entities: the first by base rank. */
const CHART_ENTITY_LIMIT = 40;

function intervals(result: SensitivityResult, x: SensitivityContext): SheetSpec {
  const { l, s, order } = x;
  const { integer: INTEGER, percent: PERCENT, points: DECIMAL } = NUMBER_FORMATS;
  const rows = order.map(({ entity, e }): SheetCell[] => [
    entity.baseRank,
    entity.label,
    entity.province?.code ?? null,
    entity.medianRank,
    entity.p05Rank,
    entity.p95Rank,
    entity.pRankChange,
    entity.meanAbsShift,
    ...result.leaveOneOut.map((group) => group.ranks[e]!.rank),
    entity.p95Rank - entity.p05Rank,
  ]);
  const widthColumn = 8 + result.leaveOneOut.length;
  const shown = Math.min(rows.length, CHART_ENTITY_LIMIT);
  return {
    name: s.sheet,
    columns: [
      { header: s.baseRank, numFmt: INTEGER },
      // The entity between the rank and the code, so the two never read as one number.
      { header: l.entity, maxWidth: 35 },
      { header: l.provinceCode, text: true },
      { header: s.medianRank, numFmt: INTEGER },
      { header: s.p05Rank, numFmt: INTEGER },
      { header: s.p95Rank, numFmt: INTEGER },
      { header: s.pRankChange, numFmt: PERCENT },
      { header: s.meanAbsShift, numFmt: DECIMAL },
      ...result.leaveOneOut.map((group) => ({
        header: s.rankWithout(group.group),
        numFmt: INTEGER,
      })),
      // The chart's visible bar: from the 5 % rank (its hidden base) this many ranks on.
      { header: s.intervalWidth, numFmt: INTEGER },
    ],
    rows,
    rules: [{ kind: 'dataBar', column: 6 }],
    frozenColumns: 3,
    pageBreaks: [rows.length + 1],
    charts: [
      {
        kind: 'bar',
        stacked: true,
        title: s.intervalChart(shown, rows.length),
        categories: { row: 0, column: 1, rows: shown },
        series: [
          { name: s.p05Rank, values: { row: 0, column: 4, rows: shown }, hidden: true },
          { name: s.intervalWidth, values: { row: 0, column: widthColumn, rows: shown } },
        ],
        valueFormat: '0',
        min: 0,
        max: rows.length,
        // Below the table on a page of its own, as wide as its first columns: a landscape
        // page holds about 30 rows.
        anchor: {
          row: rows.length + 1,
          column: 0,
          rows: Math.min(30, Math.max(12, shown + 4)),
          columns: 8,
        },
      },
    ],
  };
}

function method(
  result: SensitivityResult,
  set: ResolvedSet,
  x: SensitivityContext,
  options: SensitivityWorkbookOptions,
): SheetSpec {
  const { lang } = options;
  const { l, s, run, names } = x;
  const rows: SheetCell[][] = [
    ...setRows(l, set, lang),
    [s.analysis, s.analysisText],
    [s.runs, run.runs],
    [s.seed, run.seed],
    [
      s.weights,
      s.weightsText(
        shortNumber(run.weights, lang, 6),
        shortNumber(1 - run.weights, lang, 6),
        shortNumber(1 + run.weights, lang, 6),
      ),
    ],
    [s.perturb, s.perturbText[run.perturb]],
    [l.missingPolicy, l.missingText[result.policy]],
    [s.missingAlt, s.missingAltText(run.missingAlt)],
    [s.random, s.randomText],
    [l.ranks, l.ranksText],
    [s.intervals, s.intervalsText],
    [s.definitions, s.definitionsText],
    [s.leaveOneOut, s.leaveOneOutText],
    [s.overallShift, { value: result.meanAbsShift, numFmt: NUMBER_FORMATS.points }],
    ...result.leaveOneOut.map((group): SheetCell[] => [
      s.groupShift(group.group, names.get(group.group) ?? group.group),
      { value: group.meanAbsShift, numFmt: NUMBER_FORMATS.points },
    ]),
    [s.limits, s.limitsText],
  ];
  return methodSheet(l, rows, options);
}
