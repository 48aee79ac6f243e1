import type { Lang } from '../../core/findings/finding.js';
import type { SensitivityResult } from '../../core/sensitivity/sensitivity-analysis.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { numberFormat } from '../../core/text/number-format.js';
import { sensitivityWorkbookLabels } from '../workbook/sensitivity-workbook-labels.js';
import { isoMinute } from '../workbook/workbook-common-sheets.js';
import { workbookLabels } from '../workbook/workbook-labels.js';
import { htmlEscape as esc } from './html-escape.js';
import { htmlLabels } from './html-labels.js';
import { htmlPage } from './html-page.js';
import { figure, figures, section, table } from './html-parts.js';
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
  const l = workbookLabels(lang);
  const s = sensitivityWorkbookLabels(lang);
  const h = htmlLabels(lang);
  const f = numberFormat(lang);
  const run = result.options;
  const title = `${h.sensitivityTitle} — ${set.title[lang]}`;
  const names = new Map(set.groups.map((group) => [group.code, group.name[lang]]));
  const order = result.entities
    .map((entity, e) => ({ entity, e }))
    .sort((a, b) => a.entity.baseRank - b.entity.baseRank || a.e - b.e);
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
  const rows = order
    .map(
      ({ entity, e }) =>
        `<tr><td class="num">${entity.baseRank}</td><td class="entity">${esc(entity.label)}</td>` +
        `<td>${esc(entity.province?.code ?? '')}</td><td class="num">${entity.medianRank}</td>` +
        `<td class="num">${esc(interval(entity.p05Rank, entity.p95Rank))}</td>` +
        `<td class="num">${esc(f.percent(entity.pRankChange))}</td>` +
        `<td class="num">${esc(f.number(entity.meanAbsShift))}</td>` +
        result.leaveOneOut.map((group) => `<td class="num">${group.ranks[e]!.rank}</td>`).join('') +
        `</tr>`,
    )
    .join('');
  const intervals = section(
    'intervals',
    s.intervals,
    figure(chartTitle, chart) +
      `<p class="note">${esc(h.intervalLegend)}</p>` +
      table(
        [
          { num: s.baseRank },
          l.entity,
          l.provinceCode,
          { num: s.medianRank },
          { num: h.interval },
          { num: s.pRankChange },
          { num: s.meanAbsShift },
          ...result.leaveOneOut.map((group) => ({ num: s.rankWithout(group.group) })),
        ],
        rows,
      ),
  );

  const leaveOut = section(
    'leave-one-out',
    s.leaveOneOut,
    `<p class="note">${esc(s.leaveOneOutText)}</p>` +
      table(
        [l.code, l.name, { num: s.meanAbsShift }],
        result.leaveOneOut
          .map(
            (group) =>
              `<tr><td>${esc(group.group)}</td><td>${esc(names.get(group.group) ?? group.group)}</td>` +
              `<td class="num">${esc(f.number(group.meanAbsShift))}</td></tr>`,
          )
          .join(''),
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
    h.method,
    `<div class="scroll"><table><tbody>${methodRows
      .map(([item, value]) => `<tr><th scope="row">${esc(item)}</th><td>${esc(value)}</td></tr>`)
      .join('')}</tbody></table></div>`,
  );
  return htmlPage(lang, title, [header, settings, intervals, leaveOut, method].join('\n'));
}
