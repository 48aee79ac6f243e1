import type { CompareSide } from '../../core/compare/compare-side.js';
import type { Lang } from '../../core/findings/finding.js';
import { groupsOf, indicatorsOf } from '../../core/score/entity-view.js';
import type { Report } from '../../core/score/report.js';
import { roundNumber } from './round-number.js';

/**
 * A scored report as a comparison side, exactly as its JSON report (report-json.ts) would read
 * back: texts in `lang`, numbers rounded to 6 decimals. So comparing from data and comparing
 * from `score -o x.json` of the same data give the same numbers (spec §8.1). An entity's groups
 * and indicators are read without being kept on it (entity-view.ts): reading `entity.indicators`
 * kept every entity's array alive beside the side's own copy.
 */
export function compareSideOfReport(report: Report, lang: Lang): CompareSide {
  return {
    set: {
      id: report.set.id,
      version: report.set.version,
      title: report.set.title[lang],
      groups: report.set.groups.map((g) => ({ code: g.code, level: g.level, name: g.name[lang] })),
      indicators: report.set.indicators.map((i) => ({ code: i.code, name: i.name[lang] })),
    },
    policy: { missing: report.policy.missing, rollup: report.policy.rollup ?? null },
    entities: report.entities.map((entity) => ({
      label: entity.label,
      province: entity.province,
      year: entity.year,
      points: round(entity.points) ?? 0,
      maxPoints: round(entity.maxPoints) ?? 0,
      index: round(entity.index),
      rank: entity.rank,
      rating: entity.rating === null ? null : entity.rating[lang],
      coverage: round(entity.coverage) ?? 0,
      groups: groupsOf(entity).map((g) => ({ code: g.code, index: round(g.index) })),
      indicators: indicatorsOf(entity).map((i) => ({
        code: i.code,
        value: typeof i.value === 'number' ? round(i.value) : i.value,
        achievement: round(i.achievement),
        points: round(i.points),
      })),
    })),
  };
}

function round(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : roundNumber(x);
}
