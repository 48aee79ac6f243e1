import type { IndicatorOutput, IndicatorSetOutput } from './indicator-set-schema.js';
import { comparePaths, type SetIssue, type SetPath } from './set-issue.js';
import type { WalkedGroup, WalkedIndicator } from './set-walk.js';

/**
 * The semantic rules of spec §2.1 that a schema cannot express: unique codes, group shape,
 * scoring methods that make sense for the type and direction, bands and ratings. Points are
 * checked by `distributePoints`. Every rule collects; none stops at the first problem.
 */
export function indicatorSetRules(
  set: IndicatorSetOutput,
  groups: readonly WalkedGroup[],
  indicators: readonly WalkedIndicator[],
): SetIssue[] {
  const issues: SetIssue[] = [];
  uniqueCodes(groups, indicators, issues);
  for (const { group, path } of groups) {
    if (group.groups && group.indicators) {
      issues.push({
        code: 'SET_GROUP_BOTH',
        args: { code: group.code },
        path: [...path, 'indicators'],
        at: 'key',
      });
    } else if (!group.groups && !group.indicators) {
      issues.push({ code: 'SET_GROUP_EMPTY', args: { code: group.code }, path });
    }
  }
  for (const walked of indicators) indicatorRules(walked.indicator, walked.path, issues);
  if (indicators.length > 0 && indicators.every((w) => w.indicator.scoring.method === 'info')) {
    issues.push({ code: 'SET_NO_SCORED_INDICATORS', args: {}, path: ['groups'] });
  }
  bandRules(set, issues);
  if (set.levels?.en && set.levels.en.length !== set.levels.vi.length) {
    issues.push({
      code: 'SET_LEVEL_NAMES_MISMATCH',
      args: { vi: set.levels.vi.length, en: set.levels.en.length },
      path: ['levels', 'en'],
    });
  }
  return issues;
}

function uniqueCodes(
  groups: readonly WalkedGroup[],
  indicators: readonly WalkedIndicator[],
  issues: SetIssue[],
): void {
  // Data files match codes ignoring case (spec §2), so `ht.01` and `HT.01` would be ambiguous.
  const seen = new Map<string, { code: string; path: SetPath }>();
  const entries = [
    ...groups.map((g) => ({ code: g.group.code, path: g.path })),
    ...indicators.map((i) => ({ code: i.indicator.code, path: i.path })),
  ];
  // Report the later occurrence in file order, so the message points at the copy to fix.
  entries.sort((a, b) => comparePaths(a.path, b.path));
  for (const entry of entries) {
    const key = entry.code.normalize('NFC').trim().toLowerCase();
    const first = seen.get(key);
    if (first) {
      issues.push({
        code: 'SET_DUPLICATE_CODE',
        args: { code: entry.code, other: first.code, otherPath: showPath(first.path) },
        path: [...entry.path, 'code'],
      });
    } else seen.set(key, entry);
  }
}

function indicatorRules(indicator: IndicatorOutput, path: SetPath, issues: SetIssue[]): void {
  const { scoring, type, code } = indicator;
  const direction = indicator.direction ?? 'higher';
  const push = (issue: SetIssue): void => {
    issues.push({ ...issue, indicator: code });
  };
  const scoringPath = [...path, 'scoring'];
  const numeric = type === 'percent' || type === 'number' || type === 'count';
  const fits =
    scoring.method === 'info' ||
    (scoring.method === 'boolean' && type === 'boolean') ||
    (scoring.method === 'levels' && type === 'level') ||
    ((scoring.method === 'target' || scoring.method === 'steps') && numeric);
  if (!fits) {
    push({
      code: 'SET_METHOD_TYPE_MISMATCH',
      args: {
        method: scoring.method,
        type,
        expected:
          type === 'boolean'
            ? 'boolean | info'
            : type === 'level'
              ? 'levels | info'
              : 'target | steps | info',
      },
      path: [...scoringPath, 'method'],
    });
  }
  // Booleans combine by logic, everything else by arithmetic (spec §8.2).
  const rollup = indicator.rollup;
  if (rollup !== undefined && (rollup === 'all' || rollup === 'any') !== (type === 'boolean')) {
    push({
      code: 'SET_ROLLUP_TYPE_MISMATCH',
      args: {
        rule: rollup,
        type,
        expected: type === 'boolean' ? 'all | any' : 'mean | sum | min | max',
      },
      path: [...path, 'rollup'],
    });
  }
  if (scoring.method === 'info' && indicator.points !== undefined) {
    push({ code: 'SET_INFO_WITH_POINTS', args: {}, path: [...path, 'points'], at: 'key' });
  }
  let range: Range = effectiveRange(indicator);
  const [rangeMin, rangeMax] = range;
  if (rangeMin !== null && rangeMax !== null && rangeMin > rangeMax) {
    push({
      code: 'SET_RANGE_INVERTED',
      args: { min: rangeMin, max: rangeMax },
      path: [...path, 'range'],
    });
    // Comparing thresholds with a range known to be wrong would only add noise.
    range = [null, null];
  }
  if (scoring.method === 'target') {
    if (direction === 'lower' && scoring.worst === undefined) {
      push({ code: 'SET_WORST_REQUIRED', args: { code }, path: [...scoringPath, 'worst'] });
    } else {
      const worst = scoring.worst ?? 0;
      const worstPath =
        scoring.worst === undefined ? [...scoringPath, 'target'] : [...scoringPath, 'worst'];
      if (worst === scoring.target) {
        push({ code: 'SET_TARGET_EQUALS_WORST', args: { target: worst }, path: worstPath });
      } else if (!Number.isFinite(scoring.target - worst)) {
        // Both finite, yet their distance overflows (−1.7e308 to 1.7e308): every achievement
        // would divide by Infinity and come out 0 (issue 17 item 12).
        push({
          code: 'SET_SPAN_NOT_FINITE',
          args: { target: scoring.target, worst },
          path: worstPath,
        });
      } else if (direction === 'higher' ? worst > scoring.target : worst < scoring.target) {
        push({
          code: 'SET_WORST_WRONG_SIDE',
          args: {
            direction,
            worst,
            target: scoring.target,
            side: direction === 'higher' ? '<' : '>',
          },
          path: worstPath,
        });
      }
    }
    outsideRange('target', scoring.target, [...scoringPath, 'target'], range, push);
  }
  if (scoring.method === 'steps') stepRules(scoring.steps, direction, scoringPath, range, push);
  if (scoring.method === 'levels') levelRules(scoring.levels, scoringPath, push);
}

type Push = (issue: SetIssue) => void;
type Range = readonly [number | null, number | null];

function stepRules(
  steps: ReadonlyArray<{ min: number; score: number } | { max: number; score: number }>,
  direction: 'higher' | 'lower',
  scoringPath: SetPath,
  range: Range,
  push: Push,
): void {
  const expected = direction === 'higher' ? 'min' : 'max';
  const thresholds = new Map<number, number>();
  const usable: { threshold: number; score: number; index: number }[] = [];
  steps.forEach((step, index) => {
    const stepPath = [...scoringPath, 'steps', index];
    const threshold = 'min' in step ? step.min : step.max;
    const actual = 'min' in step ? 'min' : 'max';
    if (actual !== expected) {
      push({
        code: 'SET_STEPS_WRONG_BOUND',
        args: { direction, expected, actual },
        path: [...stepPath, actual],
        at: 'key',
      });
      return;
    }
    if (step.score < 0 || step.score > 1) {
      push({
        code: 'SET_SCORE_OUT_OF_RANGE',
        args: { score: step.score },
        path: [...stepPath, 'score'],
      });
    }
    if (thresholds.has(threshold)) {
      push({
        code: 'SET_STEPS_REPEATED_THRESHOLD',
        args: { threshold },
        path: [...stepPath, actual],
      });
      return;
    }
    thresholds.set(threshold, index);
    outsideRange(actual, threshold, [...stepPath, actual], range, push);
    usable.push({ threshold, score: step.score, index });
  });
  // Steps may be listed in any order: compare them from the worst threshold to the best.
  usable.sort((a, b) =>
    direction === 'higher' ? a.threshold - b.threshold : b.threshold - a.threshold,
  );
  for (let i = 1; i < usable.length; i++) {
    const previous = usable[i - 1]!;
    const current = usable[i]!;
    if (current.score < previous.score) {
      push({
        code: 'SET_STEPS_NOT_MONOTONE',
        args: { threshold: current.threshold, score: current.score, previous: previous.score },
        path: [...scoringPath, 'steps', current.index, 'score'],
      });
    }
  }
  if (!steps.some((step) => step.score === 1)) {
    push({ code: 'SET_STEPS_NO_FULL_SCORE', args: {}, path: [...scoringPath, 'steps'] });
  }
}

function levelRules(
  levels: ReadonlyArray<{
    label: string | { vi: string; en?: string | undefined };
    score?: number | undefined;
  }>,
  scoringPath: SetPath,
  push: Push,
): void {
  const levelsPath = [...scoringPath, 'levels'];
  if (levels.length < 2) {
    push({ code: 'SET_LEVELS_TOO_FEW', args: { count: levels.length }, path: levelsPath });
    return;
  }
  const labels = new Set<string>();
  let previous: number | null = null;
  levels.forEach((level, i) => {
    const levelPath = [...levelsPath, i];
    const score = level.score ?? i / (levels.length - 1);
    if (score < 0 || score > 1) {
      push({ code: 'SET_SCORE_OUT_OF_RANGE', args: { score }, path: [...levelPath, 'score'] });
    }
    const texts =
      typeof level.label === 'string'
        ? [level.label]
        : [level.label.vi, level.label.en ?? level.label.vi];
    texts.forEach((text, k) => {
      const key = `${k}:${text.normalize('NFC').trim().toLowerCase()}`;
      if (labels.has(key)) {
        push({
          code: 'SET_LEVELS_DUPLICATE_LABEL',
          args: { label: text },
          path: [...levelPath, 'label'],
        });
      }
      labels.add(key);
    });
    if (previous !== null && score < previous) {
      push({
        code: 'SET_LEVELS_NOT_ASCENDING',
        args: { label: texts[0] ?? '', score, previous },
        path: [...levelPath, 'score'],
      });
    }
    previous = score;
  });
}

function bandRules(set: IndicatorSetOutput, issues: SetIssue[]): void {
  if (set.bands) {
    const repeatedIds = repeatedAt(set.bands.map((band) => band.id));
    const repeatedMins = repeatedAt(set.bands.map((band) => band.min));
    set.bands.forEach((band, i) => {
      if (band.id === 'missing') {
        issues.push({ code: 'SET_BAND_RESERVED', args: {}, path: ['bands', i, 'id'] });
      }
      if (repeatedIds.has(i)) {
        issues.push({
          code: 'SET_BANDS_DUPLICATE_ID',
          args: { id: band.id },
          path: ['bands', i, 'id'],
        });
      }
      if (repeatedMins.has(i)) {
        issues.push({
          code: 'SET_BANDS_DUPLICATE_MIN',
          args: { min: band.min },
          path: ['bands', i, 'min'],
        });
      }
    });
    if (!set.bands.some((band) => band.min === 0)) {
      issues.push({ code: 'SET_BANDS_NO_ZERO', args: {}, path: ['bands'] });
    }
  }
  const ratings = set.ratings ?? [];
  for (const i of repeatedAt(ratings.map((rating) => rating.min))) {
    issues.push({
      code: 'SET_RATINGS_DUPLICATE_MIN',
      args: { min: ratings[i]!.min },
      path: ['ratings', i, 'min'],
    });
  }
}

/** The positions, in order, whose value an earlier position already had. */
function repeatedAt(values: readonly unknown[]): Set<number> {
  const seen = new Set<unknown>();
  const repeated = new Set<number>();
  values.forEach((value, i) => {
    if (seen.has(value)) repeated.add(i);
    seen.add(value);
  });
  return repeated;
}

/** The valid input range after defaults (spec §2): percent [0,100], count [0,∞), else open. */
export function effectiveRange(indicator: IndicatorOutput): [number | null, number | null] {
  if (indicator.range) return [indicator.range[0], indicator.range[1]];
  if (indicator.type === 'percent') return [0, 100];
  if (indicator.type === 'count') return [0, null];
  return [null, null];
}

function outsideRange(field: string, value: number, path: SetPath, range: Range, push: Push): void {
  const [min, max] = range;
  if ((min !== null && value < min) || (max !== null && value > max)) {
    push({
      code: 'SET_TARGET_OUTSIDE_RANGE',
      args: { field, value, min: min ?? '-∞', max: max ?? '∞' },
      path,
    });
  }
}

/** `groups[0].indicators[2]`: where the other copy of a duplicate code is. */
function showPath(path: SetPath): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}
