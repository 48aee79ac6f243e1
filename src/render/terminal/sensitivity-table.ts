import type { Lang } from '../../core/findings/finding.js';
import type {
  EntitySensitivity,
  SensitivityResult,
} from '../../core/sensitivity/sensitivity-analysis.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { percentText, shortNumber } from '../formats/round-number.js';
import { plainTable } from './plain-table.js';
import { sensitivityLabels } from './sensitivity-labels.js';
import { plainStyle, type TextStyle } from './text-style.js';

export interface SensitivityTableOptions {
  lang: Lang;
  style?: TextStyle;
}

/** Rows shown; the rest are in the JSON and the workbook. 34 provinces fit. */
const ROWS = 40;
const BAR_CELLS = 30;

/**
 * The terminal summary of `sensitivity` (spec §10): the settings, then one row per entity in
 * base-rank order — base rank, entity, the 90 % interval (p05–p95) as numbers and as a bar over
 * the rank scale, P(change) — then the mean shift and the leave-one-out shifts.
 */
export function sensitivityTable(
  result: SensitivityResult,
  set: ResolvedSet,
  options: SensitivityTableOptions,
): string {
  const style = options.style ?? plainStyle;
  const t = sensitivityLabels(options.lang);
  const { options: run } = result;
  const n = result.entities.length;
  let out = `${style.bold(`${set.id} ${set.version}`)} · ${t.header(n, run.runs, run.seed)}\n`;
  out += `${t.weights(shortNumber(1 - run.weights, options.lang, 6), shortNumber(1 + run.weights, options.lang, 6), run.perturb)}\n`;
  out += `${t.missing(result.policy, run.missingAlt)}\n`;

  const table = plainTable(
    [t.rank, t.entity, t.interval, '', t.change],
    ['right', 'left', 'right', 'left', 'right'],
  );
  const ordered = result.entities
    .map((entity, order) => ({ entity, order }))
    .sort((a, b) => a.entity.baseRank - b.entity.baseRank || a.order - b.order);
  for (const { entity } of ordered.slice(0, ROWS)) {
    const changed = entity.pRankChange > 0;
    table.push([
      String(entity.baseRank),
      entity.label,
      intervalText(entity),
      rankBar(entity, n),
      changed
        ? percentText(entity.pRankChange, options.lang)
        : style.dim(percentText(0, options.lang)),
    ]);
  }
  out += `${table.toString()}\n`;
  if (ordered.length > ROWS) out += `${t.more(ordered.length - ROWS)}\n`;
  out += `${style.dim(t.legend(n))}\n`;
  out += `${t.meanShift(shortNumber(result.meanAbsShift, options.lang))}\n`;

  out += `${t.leaveOneOut}\n`;
  const names = new Map(set.groups.map((group) => [group.code, group.name[options.lang]]));
  const left = plainTable([t.leftOut, t.group, t.shift], ['left', 'left', 'right']);
  for (const group of result.leaveOneOut) {
    left.push([
      group.group,
      names.get(group.group) ?? '',
      shortNumber(group.meanAbsShift, options.lang),
    ]);
  }
  return `${out}${left.toString()}\n`;
}

/** "5–10", or "7" when the interval is one rank. */
function intervalText(entity: EntitySensitivity): string {
  return entity.p05Rank === entity.p95Rank
    ? String(entity.p05Rank)
    : `${entity.p05Rank}–${entity.p95Rank}`;
}

/**
 * The rank scale 1..n in at most BAR_CELLS cells: `━` over the interval, `●` at the base rank,
 * `·` elsewhere. Rank r falls in cell ⌊(r − 1) · cells / n⌋.
 */
function rankBar(entity: EntitySensitivity, n: number): string {
  const cells = Math.min(n, BAR_CELLS);
  const cell = (rank: number): number =>
    Math.min(cells - 1, Math.max(0, Math.floor(((rank - 1) * cells) / n)));
  const from = cell(entity.p05Rank);
  const to = cell(entity.p95Rank);
  const base = cell(entity.baseRank);
  let bar = '';
  for (let c = 0; c < cells; c++) bar += c === base ? '●' : c >= from && c <= to ? '━' : '·';
  return bar;
}
