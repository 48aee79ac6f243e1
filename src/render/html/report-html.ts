import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { Lang } from '../../core/findings/finding.js';
import type { EntityScore, Report } from '../../core/score/report.js';
import { numberFormat, type NumberFormat } from '../../core/text/number-format.js';
import { workbookContext, type WorkbookContext } from '../workbook/workbook-context.js';
import {
  reportTitle,
  vietnamDate,
  type MissingUnit,
  type RejectedFile,
} from '../workbook/workbook-cover.js';
import { isoMinute } from '../workbook/workbook-common-sheets.js';
import { bandColour } from '../workbook/workbook-sheet.js';
import { htmlEscape as esc } from './html-escape.js';
import { htmlLabels, type HtmlLabels } from './html-labels.js';
import { htmlPage } from './html-page.js';
import { columnTable, figure, figures, section, table } from './html-parts.js';
import { provinceTiles } from './province-tiles.js';
import { svgBars } from './svg-bars.js';
import { ACCENT } from './svg-colours.js';
import { svgGauge } from './svg-gauge.js';
import { svgHeatMap } from './svg-heat-map.js';
import { svgRadar } from './svg-radar.js';
import { svgTileMap } from './svg-tile-map.js';
import { provinceRegistry } from '../../core/province/province-registry.js';

export interface HtmlReportOptions {
  lang: Lang;
  toolVersion: string;
  inputs: readonly { file: string; sha256: string }[];
  /** The report's date (SOURCE_DATE_EPOCH or now): the same input gives the same bytes. */
  date: Date;
  missingUnits?: readonly MissingUnit[] | null;
  rejectedFiles?: readonly RejectedFile[];
}

/** Charts of a batch show at most this many entities (the first by rank); tables show all. */
const CHART_ENTITY_LIMIT = 40;
const GAP_COUNT = 10;

interface Html {
  ctx: WorkbookContext;
  h: HtmlLabels;
  f: NumberFormat;
}

/**
 * The HTML report of spec §9.2 as one self-contained document: header, then for one entity the
 * gauge, the domains (bars and radar), the largest gaps and the indicator table; for a batch the
 * ranking, the tile map, the heat map and the ranking table; then data checks and method.
 */
export function reportHtml(report: Report, options: HtmlReportOptions): string {
  const ctx = workbookContext(report, options.lang);
  const x: Html = { ctx, h: htmlLabels(options.lang), f: numberFormat(options.lang) };
  const [single] = report.entities;
  const title = reportTitle(ctx);
  const body = [
    header(x, title, options),
    ...(report.entities.length === 1 && single !== undefined
      ? entitySections(x, single)
      : batchSections(x, options)),
    findingsSection(x),
    methodSection(x, options),
  ].join('\n');
  return htmlPage(options.lang, title, body);
}

function header(x: Html, title: string, options: HtmlReportOptions): string {
  const { ctx } = x;
  const c = ctx.labels.cover;
  const set = ctx.set;
  return (
    `<header class="report"><h1>${esc(title)}</h1>` +
    `<p class="meta">${esc(c.setLine(set.title[ctx.lang], set.id, set.version))}</p>` +
    `<p class="meta">${esc(c.dateLine(vietnamDate(ctx, options.date)))}</p>` +
    `<p class="meta">${esc(c.policyLine(ctx.labels.missingText[ctx.report.policy.missing]))}</p></header>`
  );
}

function bandFill(ctx: WorkbookContext, id: string | null): string {
  if (id === null) return '#ffffff';
  const position = ctx.set.bands.findIndex((band) => band.id === id);
  return `#${bandColour(id, Math.max(0, position), ctx.set.bands.length).slice(2)}`;
}

/** The rating's name, or "not rated" (below the set's minimum coverage, spec §7). */
function ratingText(x: Html, entity: EntityScore): string {
  return entity.rating === null ? x.h.notRated : entity.rating[x.ctx.lang];
}

function entitySections(x: Html, entity: EntityScore): string[] {
  const { ctx, h, f } = x;
  const l = ctx.labels;
  const band = ctx.bandOf(entity.index);
  const gauge = svgGauge({
    title: h.gauge,
    value: entity.index,
    text: f.percent(entity.index),
    caption: ratingText(x, entity),
    bands: ctx.set.bands.map((b) => ({
      from: b.min,
      colour: bandFill(ctx, b.id),
      name: ctx.bandName(b.id) ?? b.id,
    })),
    colour: ACCENT,
  });
  const facts: [string, string][] = [
    [l.entity, entity.label],
    ...(entity.province === null
      ? []
      : [[l.province, `${entity.province.name} (${entity.province.code})`] as [string, string]]),
    ...(entity.year === null ? [] : [[l.year, String(entity.year)] as [string, string]]),
    [ctx.labels.cover.pointsOfMax, `${f.number(entity.points)} / ${f.number(entity.maxPoints)}`],
    [l.index, f.percent(entity.index)],
    [l.rating, ratingText(x, entity)],
    [l.band, ctx.bandName(band) ?? l.none],
    [l.coverage, f.percent(entity.coverage)],
    [l.sourceFile, entity.source.file],
  ];
  const overview = section(
    'overview',
    h.overview,
    `<div class="charts">${figure(h.gauge, gauge, 'gauge')}<div>${figures(facts)}</div></div>`,
    false,
  );

  const groups = entity.groups.filter((group) => group.level === 1);
  const name = (code: string, fallback: string): string =>
    ctx.group(code)?.name[ctx.lang] ?? fallback;
  const bars = svgBars({
    title: l.cover.groupChart,
    layout: 'above',
    max: 1,
    items: groups.map((group) => ({
      label: `${group.code} ${name(group.code, group.code)}`,
      value: group.index,
      text: f.percent(group.index),
    })),
  });
  const radar =
    groups.length >= 3
      ? figure(
          h.domainRadar,
          svgRadar(
            h.domainRadar,
            groups.map((group) => ({
              label: name(group.code, group.code),
              value: group.index,
              text: f.percent(group.index, 0),
            })),
          ),
        )
      : '';
  const groupRows = groups
    .map(
      (group) =>
        `<tr><td>${esc(group.code)}</td><td class="name">${esc(name(group.code, group.code))}</td>` +
        `<td class="num">${esc(f.number(group.points))} / ${esc(f.number(group.maxPoints))}</td>` +
        `<td class="num">${esc(f.percent(group.index))}</td>${bandCell(x, ctx.bandOf(group.index))}</tr>`,
    )
    .join('');
  const domainTable = table(
    [l.code, l.name, { num: l.points }, { num: l.index }, l.band],
    groupRows,
  );
  const domains = section(
    'domains',
    h.domains,
    `<div class="charts">${figure(l.cover.groupChart, bars)}${radar}</div>${domainTable}`,
  );

  const gaps = entity.gaps.filter((gap) => gap.pointsLost > 0).slice(0, GAP_COUNT);
  const gapMax = Math.max(
    ...gaps.map((gap) => ctx.indicator(gap.code)?.points ?? gap.pointsLost),
    0,
  );
  const gapContent =
    gaps.length === 0
      ? `<p>${esc(h.noGaps)}</p>`
      : figure(
          h.gapChart(gaps.length),
          svgBars({
            title: h.gapChart(gaps.length),
            layout: 'above',
            max: gapMax,
            items: gaps.map((gap) => ({
              label: `${gap.code} ${ctx.indicator(gap.code)?.name[ctx.lang] ?? ''}`.trim(),
              value: gap.pointsLost,
              text: f.number(gap.pointsLost),
              colour: '#d95f02',
            })),
          }),
        );
  const gapSection = section('gaps', h.largestGaps, gapContent);

  return [overview, domains, gapSection, indicatorSection(x, entity)];
}

function bandCell(x: Html, band: string | null): string {
  if (band === null) return `<td class="band">${esc(x.ctx.labels.none)}</td>`;
  return `<td class="band" style="background:${bandFill(x.ctx, band)}">${esc(x.ctx.bandName(band) ?? band)}</td>`;
}

function valueText(x: Html, entity: EntityScore, i: number): string {
  const { ctx, f } = x;
  const score = entity.indicators[i]!;
  const cell = ctx.valueCell(ctx.indicator(score.code), score.value);
  if (cell === null) return ctx.labels.none;
  if (typeof cell === 'number') return f.number(cell, Number.isInteger(cell) ? 0 : 2);
  return String(cell);
}

/** Every indicator under its top-level group, with value, achievement, points and band. */
function indicatorSection(x: Html, entity: EntityScore): string {
  const { ctx, f } = x;
  const l = ctx.labels;
  const byDomain = new Map<string, string[]>();
  entity.indicators.forEach((score, i) => {
    const indicator = ctx.indicator(score.code);
    const domain = indicator?.path[0] ?? '';
    const points =
      score.points === null || score.maxPoints === null
        ? l.none
        : `${f.number(score.points)} / ${f.number(score.maxPoints)}`;
    const row =
      `<tr><td>${esc(score.code)}</td><td class="name">${esc(indicator?.name[ctx.lang] ?? '')}</td>` +
      `<td class="num">${esc(valueText(x, entity, i))}</td><td>${esc(indicator?.unit ?? '')}</td>` +
      `<td class="num">${esc(f.percent(score.achievement))}</td><td class="num">${esc(points)}</td>` +
      `${bandCell(x, score.band)}</tr>`;
    const rows = byDomain.get(domain) ?? [];
    rows.push(row);
    byDomain.set(domain, rows);
  });
  const body = [...byDomain.entries()]
    .map(([domain, rows]) => {
      const group = ctx.group(domain);
      const head = group === undefined ? domain : `${domain} ${group.name[ctx.lang]}`;
      return `<tr class="group"><th colspan="7" scope="rowgroup">${esc(head)}</th></tr>${rows.join('')}`;
    })
    .join('');
  return section(
    'indicators',
    x.h.indicatorTable,
    table(
      [l.code, l.name, { num: l.value }, l.unit, { num: l.achievement }, { num: l.points }, l.band],
      body,
    ),
  );
}

function batchSections(x: Html, options: HtmlReportOptions): string[] {
  const { ctx, h, f } = x;
  const l = ctx.labels;
  const ranked = ctx.ranked();
  const shown = ranked.slice(0, CHART_ENTITY_LIMIT);
  const indexes = ranked.map((e) => e.index).filter((i): i is number => i !== null);
  const mean = indexes.length === 0 ? null : indexes.reduce((a, b) => a + b, 0) / indexes.length;
  const best = ranked[0];
  const worst = ranked.at(-1);
  const facts: [string, string][] = [
    [l.entities, f.number(ranked.length, 0)],
    [l.meanIndex, f.percent(mean)],
    ...(best === undefined
      ? []
      : [[l.best, `${best.label} (${f.percent(best.index)})`] as [string, string]]),
    ...(worst === undefined
      ? []
      : [[l.worst, `${worst.label} (${f.percent(worst.index)})`] as [string, string]]),
  ];
  const extras: string[] = [];
  if (options.missingUnits !== undefined && options.missingUnits !== null) {
    const units = options.missingUnits;
    extras.push(
      `<h3>${esc(h.missingUnits(units.length))}</h3><ul class="plain">${units.map((u) => `<li>${esc(`${u.code} ${u.name}`)}</li>`).join('')}</ul>`,
    );
  }
  if (options.rejectedFiles !== undefined && options.rejectedFiles.length > 0) {
    const files = options.rejectedFiles;
    extras.push(
      `<h3>${esc(l.cover.rejectedFiles(files.length))}</h3><ul class="plain">${files
        .map(
          (file) =>
            `<li>${esc(`${file.file}: ${h.fileCounts(file.errors, file.warnings)}`)}${
              file.firstErrors.length === 0
                ? ''
                : `<ul>${file.firstErrors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>`
            }</li>`,
        )
        .join('')}</ul>`,
    );
  }
  const overview = section('overview', h.overview, figures(facts) + extras.join(''), false);

  const rankingChart = figure(
    h.rankingChart(shown.length, ranked.length),
    svgBars({
      title: h.rankingChart(shown.length, ranked.length),
      max: 1,
      items: shown.map((entity) => ({
        label: `${entity.rank ?? ''}. ${entity.label}`,
        value: entity.index,
        text: f.percent(entity.index),
      })),
    }),
  );
  // The ranking follows the short overview on the first printed page.
  const ranking = section('ranking', l.sheets.ranking, rankingChart, false);

  const sections = [overview, ranking];
  const tiles = tileMapSection(x, ranked);
  if (tiles !== null) sections.push(tiles);

  const tops = ctx.set.groups.filter((group) => group.level === 1);
  const heat = svgHeatMap({
    title: h.heatMap(shown.length, ranked.length),
    columns: tops.map((group) => ({ code: group.code, name: group.name[ctx.lang] })),
    rows: shown.map((entity) => {
      const byCode = new Map(entity.groups.map((group) => [group.code, group]));
      return {
        label: entity.label,
        cells: tops.map((group) => {
          const index = byCode.get(group.code)?.index ?? null;
          return { value: index, text: f.percent(index, 0) };
        }),
      };
    }),
  });
  sections.push(section('heat-map', h.heatMap(shown.length, ranked.length), heat));

  sections.push(
    section(
      'ranking-table',
      h.rankingTable,
      columnTable(
        [
          { head: l.rank, kind: 'num', cell: (entity) => entity.rank ?? '' },
          { head: l.code, cell: (entity) => entity.province?.code ?? '' },
          { head: l.entity, kind: 'entity', cell: (entity) => entity.label },
          { head: l.year, kind: 'num', cell: (entity) => entity.year ?? '' },
          { head: l.points, kind: 'num', cell: (entity) => f.number(entity.points) },
          { head: l.index, kind: 'num', cell: (entity) => f.percent(entity.index) },
          { head: l.rating, cell: (entity) => ratingText(x, entity) },
          { head: l.coverage, kind: 'num', cell: (entity) => f.percent(entity.coverage) },
        ],
        ranked,
      ),
    ),
  );
  return sections;
}

/**
 * The tile map of the units, when the entities are provinces: the 34 units, or the 63 of before
 * the merger when any entity is one of those or every year is before 2025.
 */
function tileMapSection(x: Html, ranked: readonly EntityScore[]): string | null {
  const { h, f } = x;
  const withCode = ranked.filter((entity) => entity.province !== null);
  if (withCode.length === 0) return null;
  const current = new Set(provinceTiles('2025').map((tile) => tile.code));
  const years = ranked.map((e) => e.year).filter((y): y is number => y !== null);
  const early =
    withCode.some((entity) => !current.has(entity.province!.code)) ||
    (years.length > 0 && years.every((year) => year < 2025));
  const era = early ? 'pre-2025' : '2025';
  const tiles = provinceTiles(era);
  const names = new Map(
    provinceRegistry.filter((unit) => unit.era === era).map((unit) => [unit.code, unit.name]),
  );
  // The best-ranked entity of each unit colours its tile (a unit may appear in several years).
  const byCode = new Map<string, EntityScore>();
  for (const entity of withCode) {
    if (!byCode.has(entity.province!.code)) byCode.set(entity.province!.code, entity);
  }
  const svg = svgTileMap({
    title: h.tileMap(tiles.length),
    tiles,
    legend: h.tileLegend,
    percent: (value) => f.percent(value, 0),
    unit(code) {
      const entity = byCode.get(code);
      return {
        name: entity?.province?.name ?? names.get(code) ?? code,
        value: entity?.index ?? null,
        text: entity === undefined ? '' : f.percent(entity.index, 0),
      };
    },
  });
  return section('tile-map', h.tileMap(tiles.length), `<figure class="tiles">${svg}</figure>`);
}

function findingsSection(x: Html): string {
  const { ctx, h } = x;
  const l = ctx.labels;
  const findings = ctx.report.findings;
  if (findings.length === 0)
    return section('findings', ctx.labels.sheets.checks, `<p>${esc(h.noFindings)}</p>`);
  const rows = findings
    .map(
      (finding) =>
        `<tr><td>${esc(l.severityNames[finding.severity])}</td><td>${esc(finding.code)}</td>` +
        `<td>${esc(findingPlace(finding))}</td><td>${esc(findingMessage(finding, ctx.lang))}</td></tr>`,
    )
    .join('');
  return section(
    'findings',
    ctx.labels.sheets.checks,
    table([l.severity, l.code, l.place, l.message], rows),
  );
}

function methodSection(x: Html, options: HtmlReportOptions): string {
  const { ctx, f } = x;
  const l = ctx.labels;
  const set = ctx.set;
  const methods = [...new Set(set.indicators.map((indicator) => indicator.scoring.method))];
  const items: [string, string][] = [
    [l.setId, `${set.id} ${set.version}`],
    [l.setTitle, set.title[ctx.lang]],
    [l.missingPolicy, l.missingText[ctx.report.policy.missing]],
    [l.aggregation, l.aggregationText],
    [l.coverage, l.coverageText],
    ...methods.map((method): [string, string] => [l.scoringMethod, l.methodText[method]]),
    ...set.bands.map((band): [string, string] => [
      l.bands,
      l.bandText(ctx.bandName(band.id) ?? band.id, f.percent(band.min, 0)),
    ]),
    ...(ctx.report.entities.length > 1 ? [[l.ranks, l.ranksText] as [string, string]] : []),
    ...options.inputs.flatMap((input): [string, string][] => [
      [l.inputFile, input.file],
      [l.sha256, input.sha256],
    ]),
    [l.toolVersion, options.toolVersion],
    [l.generated, isoMinute(options.date)],
  ];
  const rows = items
    .map(([item, value]) => `<tr><th scope="row">${esc(item)}</th><td>${esc(value)}</td></tr>`)
    .join('');
  return section(
    'method',
    ctx.labels.sheets.method,
    `<div class="scroll"><table><tbody>${rows}</tbody></table></div>`,
  );
}
