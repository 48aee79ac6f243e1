import type { CompareSide, SideEntity } from '../../core/compare/compare-side.js';
import type { Lang } from '../../core/findings/finding.js';
import { groupsOf, indicatorsOf } from '../../core/score/entity-view.js';
import type { EntityScore, Report } from '../../core/score/report.js';
import { roundNumber } from './round-number.js';

const ENTITY = Symbol('smartcity.reportEntity');

interface Viewed {
  [ENTITY]: EntityScore;
}

/**
 * An entity's `groups` and `indicators` on a side, built from the report entity each time they
 * are read and kept by nobody: a comparison reads each once, to compare the entity, and then the
 * rounded copies die young. Kept on the side, two rounds of 3,321 communes held 330,000 of them
 * until the end, and the young-generation collections copied every one twice (most of compare's
 * ~0.25 s of collection). Own enumerable getters, so JSON.stringify, spreading and tests see
 * the side as the plain object it was.
 */
const PARTS: PropertyDescriptorMap = {
  groups: {
    get(this: Viewed): SideEntity['groups'] {
      return groupsOf(this[ENTITY]).map((g) => ({ code: g.code, index: round(g.index) }));
    },
    enumerable: true,
    configurable: true,
  },
  indicators: {
    get(this: Viewed): SideEntity['indicators'] {
      return indicatorsOf(this[ENTITY]).map((i) => ({
        code: i.code,
        value: typeof i.value === 'number' ? round(i.value) : i.value,
        achievement: round(i.achievement),
        points: round(i.points),
      }));
    },
    enumerable: true,
    configurable: true,
  },
};

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
    entities: report.entities.map((entity) => {
      const side = {
        label: entity.label,
        province: entity.province,
        year: entity.year,
        points: round(entity.points) ?? 0,
        maxPoints: round(entity.maxPoints) ?? 0,
        index: round(entity.index),
        rank: entity.rank,
        rating: entity.rating === null ? null : entity.rating[lang],
        coverage: round(entity.coverage) ?? 0,
      };
      Object.defineProperties(side, PARTS);
      Object.defineProperty(side, ENTITY, { value: entity });
      return side as SideEntity;
    }),
  };
}

function round(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : roundNumber(x);
}
