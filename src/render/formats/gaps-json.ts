import type { Lang } from '../../core/findings/finding.js';
import type { EntityScore, Report } from '../../core/score/report.js';
import type { ResolvedIndicator } from '../../core/set/resolved-set.js';
import { stepsShape } from '../../core/score/steps-shape.js';
import { targetLabel, valueLabel } from './indicator-words.js';
import { roundNumber } from './round-number.js';

export interface GapsJsonOptions {
  lang: Lang;
  top?: number | undefined;
}

/**
 * `smartcity gaps --format json`: one entity's prioritised gap list.
 *
 * `{schemaVersion: 1, entity, province, year, gaps: [{rank, code, name, group, pointsLost, gap,
 * unit, band, achievement, value, target, valueLabel, targetLabel}]}` — `rank` is the 1-based priority, `group` the code of
 * the indicator's parent group, `target` the value that earns full points (the `target` method's
 * target, the threshold of the best step, `true` for boolean, the top level's number for levels),
 * `value`/`achievement`/`gap` null when the indicator was not reported. Numbers rounded to 6
 * decimals, keys in this order.
 */
export function gapsJson(report: Report, entity: EntityScore, options: GapsJsonOptions): string {
  const byCode = new Map(report.set.indicators.map((i) => [i.code, i]));
  const scores = new Map(entity.indicators.map((i) => [i.code, i]));
  const gaps = entity.gaps.slice(0, options.top ?? entity.gaps.length).map((gap, i) => {
    const indicator = byCode.get(gap.code);
    const score = scores.get(gap.code);
    const value = score?.value ?? null;
    return {
      rank: i + 1,
      code: gap.code,
      name: indicator === undefined ? null : indicator.name[options.lang],
      group: indicator?.path.at(-1) ?? null,
      pointsLost: num(gap.pointsLost),
      gap: num(gap.gap),
      unit: indicator?.unit ?? null,
      band: gap.band,
      achievement: num(score?.achievement ?? null),
      value: typeof value === 'number' ? num(value) : value,
      target: indicator === undefined ? null : fullMarks(indicator),
      valueLabel: indicator === undefined ? null : valueLabel(indicator, value, options.lang),
      targetLabel: indicator === undefined ? null : targetLabel(indicator, options.lang),
    };
  });
  const doc = {
    schemaVersion: 1,
    entity: entity.label,
    province:
      entity.province === null ? null : { code: entity.province.code, name: entity.province.name },
    year: entity.year,
    gaps,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The value that earns full points, in the indicator's own terms. */
function fullMarks(indicator: ResolvedIndicator): number | boolean | null {
  const scoring = indicator.scoring;
  switch (scoring.method) {
    case 'target':
      return num(scoring.target);
    case 'steps': {
      const shape = stepsShape(scoring.steps);
      const full = shape.steps.filter((s) => s.score >= 1).map((s) => s.threshold);
      if (full.length === 0) return null;
      return num(shape.direction === 'higher' ? Math.min(...full) : Math.max(...full));
    }
    case 'boolean':
      return true;
    case 'levels': {
      const index = scoring.levels.findIndex((l) => l.score >= 1);
      return index === -1 ? scoring.levels.length : index + 1;
    }
    case 'info':
      return null;
  }
}

function num(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : roundNumber(x);
}
