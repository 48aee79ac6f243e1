import type { CompareResult } from '../../core/compare/compare-result.js';
import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { Lang } from '../../core/findings/finding.js';
import { numberFormat } from '../../core/text/number-format.js';
import { isoMinute } from '../workbook/workbook-common-sheets.js';
import { htmlEscape as esc } from './html-escape.js';
import { htmlPage } from './html-page.js';
import { columnTable, figure, figures, section, table } from './html-parts.js';
import { svgBars } from './svg-bars.js';

export interface CompareHtmlOptions {
  lang: Lang;
  toolVersion: string;
  date: Date;
}

const WORDS = {
  vi: {
    title: 'So sánh hai đợt đánh giá',
    before: 'Đợt trước',
    after: 'Đợt sau',
    overview: 'Tổng quan',
    compared: 'Đơn vị so sánh được',
    onlyBefore: 'Chỉ có ở đợt trước',
    onlyAfter: 'Chỉ có ở đợt sau',
    improved: 'Tăng chỉ số tổng hợp',
    declined: 'Giảm chỉ số tổng hợp',
    setChanged: 'Hai đợt dùng bộ chỉ số khác nhau: so sánh chỉ mang tính tham khảo.',
    rolledUp: (mode: string) => `Đợt trước được gộp về 34 đơn vị năm 2025 (--rollup ${mode}).`,
    chart: (shown: number, all: number) =>
      shown < all
        ? `Thay đổi chỉ số tổng hợp (điểm %) — ${shown}/${all} đơn vị thay đổi nhiều nhất`
        : 'Thay đổi chỉ số tổng hợp (điểm %)',
    changes: 'Thay đổi theo đơn vị',
    entity: 'Đơn vị',
    code: 'Mã',
    indexBefore: 'Chỉ số trước',
    indexAfter: 'Chỉ số sau',
    indexDelta: 'Thay đổi (điểm %)',
    rankBefore: 'Hạng trước',
    rankAfter: 'Hạng sau',
    rankDelta: 'Thay đổi hạng',
    unmatched: 'Không ghép được',
    findings: 'Kiểm tra dữ liệu',
    noFindings: 'Không có phát hiện nào.',
    method: 'Phương pháp',
    methodText:
      'Đơn vị được ghép theo mã tỉnh ở thời kỳ của đợt sau (theo tên nếu không có mã); số liệu trước năm 2025 được gộp về 34 đơn vị trước khi so sánh. Thay đổi hạng dương là tăng hạng.',
    tool: 'Phiên bản công cụ',
    generated: 'Thời điểm lập',
  },
  en: {
    title: 'Comparison of two rounds',
    before: 'Earlier round',
    after: 'Later round',
    overview: 'Overview',
    compared: 'Entities compared',
    onlyBefore: 'Only in the earlier round',
    onlyAfter: 'Only in the later round',
    improved: 'Index went up',
    declined: 'Index went down',
    setChanged: 'The two rounds use different indicator sets: read the comparison with care.',
    rolledUp: (mode: string) =>
      `The earlier round is rolled up to the 34 units of 2025 (--rollup ${mode}).`,
    chart: (shown: number, all: number) =>
      shown < all
        ? `Change of the index (percentage points) — the ${shown} of ${all} that moved most`
        : 'Change of the index (percentage points)',
    changes: 'Change per entity',
    entity: 'Entity',
    code: 'Code',
    indexBefore: 'Index before',
    indexAfter: 'Index after',
    indexDelta: 'Change (pp)',
    rankBefore: 'Rank before',
    rankAfter: 'Rank after',
    rankDelta: 'Rank change',
    unmatched: 'Not matched',
    findings: 'Data checks',
    noFindings: 'No findings.',
    method: 'Method',
    methodText:
      'Entities are matched by province code in the later round’s era (by name when there is no code); pre-2025 data is rolled up to the 34 units before comparing. A positive rank change is a move up.',
    tool: 'Tool version',
    generated: 'Generated',
  },
} as const;

/** The chart shows at most this many entities: those whose index moved most. */
const CHART_LIMIT = 40;
const UP = '#1b9e77';
const DOWN = '#d95f02';

/**
 * `compare -o x.html` (spec §8, §9.2): one self-contained page — what was compared, the change
 * of every entity's index as bars (green up, orange down), the full table with ▲/▼/=, the
 * entities found on one side only, the findings and the method.
 */
export function compareHtml(result: CompareResult, options: CompareHtmlOptions): string {
  const { lang } = options;
  const w = WORDS[lang];
  const f = numberFormat(lang);
  const sides = result.sets;
  const setLine = `${w.before}: ${sides.before.id} ${sides.before.version} · ${w.after}: ${sides.after.id} ${sides.after.version}`;
  const header =
    `<header class="report"><h1>${esc(w.title)}</h1><p class="meta">${esc(setLine)}</p>` +
    (result.setChanged ? `<p class="note">${esc(w.setChanged)}</p>` : '') +
    (result.policy.before.rollup
      ? `<p class="note">${esc(w.rolledUp(result.policy.before.rollup))}</p>`
      : '') +
    `</header>`;

  const deltas = result.entities.map((entity) => entity.delta.index);
  const overview = section(
    'overview',
    w.overview,
    figures([
      [w.compared, f.number(result.entities.length, 0)],
      [w.improved, f.number(deltas.filter((d) => d !== null && d > 0).length, 0)],
      [w.declined, f.number(deltas.filter((d) => d !== null && d < 0).length, 0)],
      [w.onlyBefore, f.number(result.onlyBefore.length, 0)],
      [w.onlyAfter, f.number(result.onlyAfter.length, 0)],
    ]),
    false,
  );

  const moved = result.entities
    .filter((entity) => entity.delta.index !== null)
    .sort((a, b) => Math.abs(b.delta.index!) - Math.abs(a.delta.index!))
    .slice(0, CHART_LIMIT)
    .sort((a, b) => b.delta.index! - a.delta.index!);
  const largest = Math.max(1e-9, ...moved.map((entity) => Math.abs(entity.delta.index!)));
  const chartTitle = w.chart(moved.length, result.entities.length);
  const chart = svgBars({
    title: chartTitle,
    max: largest,
    items: moved.map((entity) => ({
      label: entity.label,
      value: Math.abs(entity.delta.index!),
      text: f.signed(entity.delta.index! * 100, 1),
      colour: entity.delta.index! >= 0 ? UP : DOWN,
    })),
  });

  const arrow = (rank: number | null): string =>
    rank === null ? '' : rank > 0 ? `▲ ${rank}` : rank < 0 ? `▼ ${-rank}` : '=';
  const changes = section(
    'changes',
    w.changes,
    figure(chartTitle, chart) +
      columnTable(
        [
          { head: w.entity, kind: 'entity', cell: (entity) => entity.label },
          { head: w.code, cell: (entity) => entity.province?.code ?? '' },
          { head: w.indexBefore, kind: 'num', cell: (entity) => f.percent(entity.before.index) },
          { head: w.indexAfter, kind: 'num', cell: (entity) => f.percent(entity.after.index) },
          {
            head: w.indexDelta,
            kind: 'num',
            cell: ({ delta }) =>
              delta.index === null ? f.number(null) : f.signed(delta.index * 100, 1),
          },
          { head: w.rankBefore, kind: 'num', cell: (entity) => entity.before.rank ?? '' },
          { head: w.rankAfter, kind: 'num', cell: (entity) => entity.after.rank ?? '' },
          { head: w.rankDelta, kind: 'num', cell: (entity) => arrow(entity.delta.rank) },
        ],
        result.entities,
      ),
  );

  const unmatchedRows = [
    ...result.onlyBefore.map((entity) => [w.onlyBefore, entity] as const),
    ...result.onlyAfter.map((entity) => [w.onlyAfter, entity] as const),
  ]
    .map(
      ([side, entity]) =>
        `<tr><td>${esc(side)}</td><td class="entity">${esc(entity.label)}</td><td>${esc(entity.province?.code ?? '')}</td></tr>`,
    )
    .join('');
  const unmatched =
    unmatchedRows === ''
      ? ''
      : section('unmatched', w.unmatched, table(['', w.entity, w.code], unmatchedRows), false);

  const findings = section(
    'findings',
    w.findings,
    result.findings.length === 0
      ? `<p>${esc(w.noFindings)}</p>`
      : `<ul class="findings">${result.findings
          .map(
            (finding) =>
              `<li><code>${esc(finding.code)}</code> ${esc(findingPlace(finding))} — ${esc(findingMessage(finding, lang))}</li>`,
          )
          .join('')}</ul>`,
    false,
  );

  const method = section(
    'method',
    w.method,
    `<p>${esc(w.methodText)}</p>` +
      figures([
        [w.tool, options.toolVersion],
        [w.generated, isoMinute(options.date)],
      ]),
    false,
  );
  return htmlPage(
    lang,
    w.title,
    [header, overview, changes, unmatched, findings, method]
      .filter((part) => part !== '')
      .join('\n'),
  );
}
