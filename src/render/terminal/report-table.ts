import { ratingLabel } from '../formats/rating-label.js';
import type { Lang } from '../../core/findings/finding.js';
import type { EntityScore, Report } from '../../core/score/report.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { bandFor } from '../../core/score/band-for.js';
import { gapText } from '../formats/indicator-words.js';
import { percentText, shortNumber } from '../formats/round-number.js';
import { plainTable } from './plain-table.js';
import { terminalLabels, type TerminalLabels } from './terminal-labels.js';
import { plainStyle, type TextStyle } from './text-style.js';

export interface ReportTableOptions {
  lang: Lang;
  /** Gaps shown for a single entity (`--top`). */
  top: number;
  style?: TextStyle;
}

const BAR_WIDTH = 20;
const RANKING_ROWS = 20;

/**
 * The terminal summary of `score` (spec §4.1). One entity: header line, top-level groups with a
 * bar, the total, the top gaps and a findings count. Several entities: a ranking table (top 20)
 * instead. Numbers use fixed decimals with '.', never the machine's locale.
 */
export function reportTable(report: Report, options: ReportTableOptions): string {
  const style = options.style ?? plainStyle;
  const t = terminalLabels(options.lang);
  const body =
    report.entities.length === 1
      ? entitySummary(report.set, report.entities[0]!, options, style, t)
      : ranking(report, options.lang, style, t);
  return `${body}${findingsLine(report, t)}\n`;
}

/** `Quảng Ninh (22) · worked-example 1.0 · năm 2025` */
export function entityHeader(
  set: ResolvedSet,
  entity: EntityScore,
  t: TerminalLabels,
  style: TextStyle,
): string {
  const province = entity.province !== null ? ` (${entity.province.code})` : '';
  const year = entity.year !== null ? ` · ${t.year} ${entity.year}` : '';
  return `${style.bold(`${entity.label}${province}`)} · ${set.id} ${set.version}${year}\n`;
}

function entitySummary(
  set: ResolvedSet,
  entity: EntityScore,
  options: ReportTableOptions,
  style: TextStyle,
  t: TerminalLabels,
): string {
  const lang = options.lang;
  let out = entityHeader(set, entity, t, style);

  const groups = plainTable(
    [t.code, t.group, t.points, t.index, ''],
    ['left', 'left', 'right', 'right', 'left'],
  );
  for (const group of entity.groups.filter((g) => g.level === 1)) {
    const band = group.index === null ? null : bandFor(set.bands, group.index);
    groups.push([
      group.code,
      group.name[lang],
      `${shortNumber(group.points, lang)} / ${shortNumber(group.maxPoints, lang)}`,
      style.band(band, percentText(group.index, lang)),
      style.band(band, bar(group.index)),
    ]);
  }
  out += `${groups.toString()}\n`;

  out += `${style.bold(`${t.total}: ${shortNumber(entity.points, lang)} / ${shortNumber(entity.maxPoints, lang)} · ${percentText(entity.index, lang)}`)}`;
  // A set without ratings has nothing to say here; "Xếp loại: —" would read as a failed rating.
  if (set.ratings.length > 0) {
    out += ` · ${t.rating}: ${ratingLabel(entity, lang) ?? '—'}`;
  }
  out += ` · ${t.coverage}: ${percentText(entity.coverage, lang)}\n`;
  out += excludedNote(set, entity, lang, t);

  const shown = entity.gaps.slice(0, Math.max(0, options.top));
  if (entity.gaps.length === 0) {
    out += `${t.noGaps}\n`;
  } else if (shown.length > 0) {
    out += `${t.topGaps(shown.length, entity.gaps.length)}\n`;
    out += `${gapRows(set, entity, shown.length, lang, style, t)}\n`;
  }
  return out;
}

/** The gap list of one entity as a table: #, code, name, points lost, gap with its unit. */
export function gapRows(
  set: ResolvedSet,
  entity: EntityScore,
  count: number,
  lang: Lang,
  style: TextStyle,
  t: TerminalLabels,
): string {
  const byCode = new Map(set.indicators.map((i) => [i.code, i]));
  const table = plainTable(
    ['#', t.code, t.name, t.lost, t.gap, t.band],
    ['right', 'left', 'left', 'right', 'right', 'left'],
  );
  entity.gaps.slice(0, count).forEach((gap, i) => {
    const indicator = byCode.get(gap.code);
    table.push([
      String(i + 1),
      gap.code,
      indicator === undefined ? '' : truncate(indicator.name[lang], 48),
      shortNumber(gap.pointsLost, lang),
      gap.gap === null
        ? t.missing
        : indicator === undefined
          ? shortNumber(gap.gap, lang)
          : gapText(indicator, gap.gap, lang),
      style.band(gap.band, t.bandName(gap.band)),
    ]);
  });
  return table.toString();
}

function ranking(report: Report, lang: Lang, style: TextStyle, t: TerminalLabels): string {
  const set = report.set;
  const top = set.groups.filter((g) => g.level === 1);
  // A set without ratings gets no column of dashes.
  const rated = set.ratings.length > 0;
  let out = `${style.bold(`${set.id} ${set.version}`)} · ${t.entities(report.entities.length)}\n`;
  const table = plainTable(
    [
      t.rank,
      t.entity,
      t.province,
      t.points,
      t.index,
      ...(rated ? [t.rating] : []),
      t.coverage,
      ...top.map((g) => g.code),
    ],
    [
      'right',
      'left',
      'left',
      'right',
      'right',
      ...(rated ? (['left'] as const) : []),
      'right',
      ...top.map(() => 'right' as const),
    ],
  );
  const ordered = report.entities
    .map((entity, order) => ({ entity, order }))
    .sort((a, b) => (a.entity.rank ?? Infinity) - (b.entity.rank ?? Infinity) || a.order - b.order);
  for (const { entity } of ordered.slice(0, RANKING_ROWS)) {
    const band = entity.index === null ? null : bandFor(set.bands, entity.index);
    table.push([
      entity.rank === null ? '—' : String(entity.rank),
      entity.label,
      entity.province?.code ?? '',
      `${shortNumber(entity.points, lang)} / ${shortNumber(entity.maxPoints, lang)}`,
      style.band(band, percentText(entity.index, lang)),
      ...(rated ? [ratingLabel(entity, lang) ?? '—'] : []),
      percentText(entity.coverage, lang),
      ...top.map((g) =>
        percentText(entity.groups.find((s) => s.code === g.code)?.index ?? null, lang),
      ),
    ]);
  }
  out += `${table.toString()}\n`;
  if (ordered.length > RANKING_ROWS) out += `${t.more(ordered.length - RANKING_ROWS)}\n`;
  return out;
}

/**
 * Under `missing: exclude` an entity's maximum is the set's total less the indicators it did not
 * report; without a word of why, "735 / 920" looks like a different set.
 */
export function excludedNote(
  set: ResolvedSet,
  entity: EntityScore,
  lang: Lang,
  t: TerminalLabels,
): string {
  const total = set.groups.filter((g) => g.level === 1).reduce((sum, g) => sum + g.points, 0);
  const left = total - entity.maxPoints;
  if (!(left > 1e-9)) return '';
  const text = (x: number): string => shortNumber(x, lang);
  return `${t.excluded(text(entity.maxPoints), text(total), text(left))}\n`;
}

function findingsLine(report: Report, t: TerminalLabels): string {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of report.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return t.findings(errors, warnings, infos);
}

function bar(index: number | null): string {
  const filled = index === null ? 0 : Math.round(Math.min(1, Math.max(0, index)) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
