import type { Lang } from '../../core/findings/finding.js';
import type {
  ResolvedIndicator,
  ResolvedScoring,
  ResolvedSet,
} from '../../core/set/resolved-set.js';

/**
 * `smartcity indicators --format json` (spec §1): the resolved set with every indicator's points
 * after distribution. Texts in the --lang language; keys in the order of the spec; numbers
 * rounded to 6 decimals like every JSON output, so shares such as 100/3 read 33.333333.
 */
export function indicatorsJson(set: ResolvedSet, lang: Lang): string {
  const sum = set.indicators.reduce((total, indicator) => total + indicator.points, 0);
  const out = {
    id: set.id,
    version: set.version,
    title: set.title[lang],
    total: round(set.total ?? sum),
    missing: set.missing,
    groups: set.groups.map((group) => ({
      code: group.code,
      level: group.level,
      parent: group.parent,
      name: group.name[lang],
      points: round(group.points),
    })),
    indicators: set.indicators.map((indicator) => indicatorJson(indicator, lang)),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One indicator as in the list above (also `smartcity indicators <code> --format json`). */
export function indicatorJson(indicator: ResolvedIndicator, lang: Lang): Record<string, unknown> {
  return {
    code: indicator.code,
    name: indicator.name[lang],
    path: indicator.path,
    type: indicator.type,
    unit: indicator.unit,
    direction: indicator.direction,
    points: round(indicator.points),
    scoring: scoringJson(indicator.scoring, lang),
    range: indicator.range,
    basis: indicator.basis,
    rollup: indicator.rollup,
  };
}

function scoringJson(scoring: ResolvedScoring, lang: Lang): Record<string, unknown> {
  if (scoring.method === 'levels') {
    return {
      method: 'levels',
      levels: scoring.levels.map((level) => ({
        label: level.label[lang],
        score: round(level.score),
      })),
    };
  }
  if (scoring.method === 'steps') {
    return { method: 'steps', steps: scoring.steps.map((step) => ({ ...step })) };
  }
  return { ...scoring };
}

function round(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
}
