import type { Lang } from '../../core/findings/finding.js';
import type { SensitivityResult } from '../../core/sensitivity/sensitivity-analysis.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { numberFormat } from '../../core/text/number-format.js';
import { sensitivityContext } from '../workbook/sensitivity-context.js';
import { isoMinute } from '../workbook/workbook-common-sheets.js';
import { htmlEscape as esc } from './html-escape.js';
import { htmlLabels } from './html-labels.js';
import { htmlPage } from './html-page.js';
import { type Column, columnTable, figure, figures, section } from './html-parts.js';
import { svgRankIntervals } from './svg-rank-intervals.js';

export interface SensitivityHtmlOptions {
  lang: Lang;
  toolVersion: string;
  inputs: readonly { file: string; sha256: string }[];
  date: Date;
}

/** The interval chart shows at most this many entities (the first by base rank). */
const CHART_ENTITY_LIMIT = 60;

/**
 * `sensitivity -o x.html` (spec §10, §9.2): the settings, the rank intervals as a chart and a
 * table, the ranks with each top-level group left out, and the method in words.
 */
export function sensitivityHtml(
  result: SensitivityResult,
  set: ResolvedSet,
  options: SensitivityHtmlOptions,
): string {
  const { lang } = options;
  const { l, s, run, names, order } = sensitivityContext(result, set, lang);
  const h = htmlLabels(lang);
  const f = numberFormat(lang);
  const title = `${h.sensitivityTitle} — ${set.title[lang]}`;
  const interval = (low: number, high: number): string =>
    low === high ? String(low) : `${low}–${high}`;

  const header =
    `<header class="report"><h1>${esc(title)}</h1>` +
    `<p class="meta">${esc(l.cover.setLine(set.title[lang], set.id, set.version))}</p>` +
    `<p class="meta">${esc(s.analysisText)}</p></header>`;

  const settings = section(
    'overview',
    h.overview,
    figures([
      [l.entities, f.number(result.entities.length, 0)],
      [s.runs, f.number(run.runs, 0)],
      [s.seed, String(run.seed)],
      [
        s.weights,
        s.weightsText(
          f.number(run.weights, 2),
          f.number(1 - run.weights, 2),
          f.number(1 + run.weights, 2),
        ),
      ],
      [s.perturb, s.perturbText[run.perturb]],
      [l.missingPolicy, l.missingText[result.policy]],
      [s.missingAlt, s.missingAltText(run.missingAlt)],
      [s.overallShift, f.number(result.meanAbsShift)],
    ]),
    false,
  );

  const shown = order.slice(0, CHART_ENTITY_LIMIT);
  const chartTitle = h.intervalChart(shown.length, order.length);
  const chart = svgRankIntervals(
    chartTitle,
    shown.map(({ entity }) => ({
      label: entity.label,
      base: entity.baseRank,
      median: entity.medianRank,
      low: entity.p05Rank,
      high: entity.p95Rank,
      text: `${s.baseRank} ${entity.baseRank}, ${h.interval} ${interval(entity.p05Rank, entity.p95Rank)}`,
    })),
    result.entities.length,
  );
  const intervals = section(
    'intervals',
    s.intervals,
    figure(chartTitle, chart) +
      `<p class="note">${esc(h.intervalLegend)}</p>` +
      columnTable<(typeof order)[number]>(
        [
          { head: s.baseRank, kind: 'num', cell: ({ entity }) => entity.baseRank },
          { head: l.entity, kind: 'entity', cell: ({ entity }) => entity.label },
          { head: l.provinceCode, cell: ({ entity }) => entity.province?.code ?? '' },
          { head: s.medianRank, kind: 'num', cell: ({ entity }) => entity.medianRank },
          {
            head: h.interval,
            kind: 'num',
            cell: ({ entity }) => interval(entity.p05Rank, entity.p95Rank),
          },
          { head: s.pRankChange, kind: 'num', cell: ({ entity }) => f.percent(entity.pRankChange) },
          {
            head: s.meanAbsShift,
            kind: 'num',
            cell: ({ entity }) => f.number(entity.meanAbsShift),
          },
          ...result.leaveOneOut.map((group): Column<(typeof order)[number]> => ({
            head: s.rankWithout(group.group),
            kind: 'num',
            cell: ({ e }) => group.ranks[e]!.rank,
          })),
        ],
        order,
      ),
  );

  const leaveOut = section(
    'leave-one-out',
    s.leaveOneOut,
    `<p class="note">${esc(s.leaveOneOutText)}</p>` +
      columnTable(
        [
          { head: l.code, cell: (group) => group.group },
          { head: l.name, cell: (group) => names.get(group.group) ?? group.group },
          { head: s.meanAbsShift, kind: 'num', cell: (group) => f.number(group.meanAbsShift) },
        ],
        result.leaveOneOut,
      ),
  );

  const methodRows: [string, string][] = [
    [l.setId, `${set.id} ${set.version}`],
    [s.analysis, s.analysisText],
    [s.random, s.randomText],
    [l.ranks, l.ranksText],
    [s.intervals, s.intervalsText],
    [s.definitions, s.definitionsText],
    [s.limits, s.limitsText],
    ...options.inputs.flatMap((input): [string, string][] => [
      [l.inputFile, input.file],
      [l.sha256, input.sha256],
    ]),
    [l.toolVersion, options.toolVersion],
    [l.generated, isoMinute(options.date)],
  ];
  const method = section(
    'method',
    l.sheets.method,
    `<div class="scroll"><table><tbody>${methodRows
      .map(([item, value]) => `<tr><th scope="row">${esc(item)}</th><td>${esc(value)}</td></tr>`)
      .join('')}</tbody></table></div>`,
  );
  return htmlPage(lang, title, [header, settings, intervals, leaveOut, method].join('\n'));
}
