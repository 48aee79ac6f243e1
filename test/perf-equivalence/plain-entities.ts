// The scorer as it was before its scores moved into typed columns (score-columns.ts), kept as
// the oracle of test/perf-equivalence/score-columns.test.ts: every entity a plain object holding
// its own `groups`, `indicators` and `gaps`, ranks written into them. It reuses the per-indicator
// and per-list pieces (scoreIndicator, gapList, competitionRanks) that the change left alone.
import type { EntityData } from '../../src/core/table/dataset.js';
import type { MissingPolicy } from '../../src/core/set/indicator-set-schema.js';
import type { EntityScore, GroupScore, IndicatorScore } from '../../src/core/score/report.js';
import type { Localized, ResolvedSet } from '../../src/core/set/resolved-set.js';
import { competitionRanks } from '../../src/core/score/competition-ranks.js';
import { gapList } from '../../src/core/score/gap-list.js';
import { scoreIndicator } from '../../src/core/score/score-indicator.js';
import { scorePlan } from '../../src/core/score/score-plan.js';
import { TOLERANCE } from '../../src/core/score/tolerance.js';

type Header = Pick<EntityData, 'label' | 'province' | 'year' | 'source'>;

export function plainEntities(
  set: ResolvedSet,
  entities: readonly EntityData[],
  missing: MissingPolicy,
): EntityScore[] {
  const plan = scorePlan(set);
  return plainFromIndicators(
    set,
    entities.map((entity) => ({
      entity,
      indicators: set.indicators.map((indicator, i) =>
        scoreIndicator(set.bands, indicator, plan.scoring[i]!, entity, missing),
      ),
    })),
  );
}

export function plainFromIndicators(
  set: ResolvedSet,
  rows: readonly { entity: Header; indicators: IndicatorScore[] }[],
): EntityScore[] {
  const plan = scorePlan(set);
  const scores = rows.map(({ entity, indicators }) => {
    const groupPoints = new Map<number, number>();
    const groupMax = new Map<number, number>();
    let points = 0;
    let maxPoints = 0;
    let reportedP = 0;
    let allP = 0;
    set.indicators.forEach((indicator, i) => {
      const score = indicators[i]!;
      if (score.status === 'info') return;
      allP += indicator.points;
      if (score.status === 'reported') reportedP += indicator.points;
      if (score.points === null) return;
      points += score.points;
      maxPoints += indicator.points;
      for (let k = plan.ancestorStart[i]!; k < plan.ancestorStart[i + 1]!; k++) {
        const g = plan.ancestors[k]!;
        groupPoints.set(g, (groupPoints.get(g) ?? 0) + score.points);
        groupMax.set(g, (groupMax.get(g) ?? 0) + indicator.points);
      }
    });
    const groups: GroupScore[] = set.groups.map((group, g) => {
      const at = plan.firstPosition[g]!;
      const p = groupPoints.get(at) ?? 0;
      const max = groupMax.get(at) ?? 0;
      return {
        code: group.code,
        level: group.level,
        parent: group.parent,
        name: group.name,
        points: p,
        maxPoints: max,
        index: max === 0 ? null : p / max,
        rank: null,
      };
    });
    const index = maxPoints === 0 ? null : points / maxPoints;
    const score: EntityScore = {
      label: entity.label,
      province: entity.province,
      year: entity.year,
      source: entity.source,
      points,
      maxPoints,
      index,
      coverage: allP > 0 ? reportedP / allP : 0,
      rating: ratingFor(set, index),
      rank: null,
      groups,
      indicators,
      gaps: gapList(indicators, plan.codeRanks),
    };
    return score;
  });
  if (scores.length >= 2) {
    const totals = competitionRanks(scores.map((s) => s.index));
    scores.forEach((s, e) => (s.rank = totals[e]!));
    set.groups.forEach((_, g) => {
      const at = plan.firstPosition[g]!;
      const ranks = competitionRanks(scores.map((s) => s.groups[at]!.index));
      scores.forEach((s, e) => (s.groups[g]!.rank = ranks[e]!));
    });
  }
  return scores;
}

/** The rating with the largest `min ≤ index` (within TOLERANCE), the first such in set order. */
function ratingFor(set: ResolvedSet, index: number | null): Localized | null {
  if (index === null) return null;
  const reached = set.ratings.filter((rating) => rating.min <= index + TOLERANCE);
  const top = Math.max(...reached.map((rating) => rating.min));
  return reached.find((rating) => rating.min === top)?.label ?? null;
}
