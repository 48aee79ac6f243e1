import type { ResolvedIndicator } from '../resolved-set.js';
import { stepsShape } from './steps-shape.js';
import { TOLERANCE } from './tolerance.js';

/**
 * The gap of a reported value, in the indicator's unit (spec §2.4): how far the value is from
 * full achievement. `boolean`/`levels`: 1 when not achieved, else 0. `info`: null.
 */
export function indicatorGap(
  indicator: ResolvedIndicator,
  value: number | boolean,
  achievement: number | null,
): number | null {
  const scoring = indicator.scoring;
  const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  switch (scoring.method) {
    case 'target':
      return indicator.direction === 'lower'
        ? Math.max(0, v - scoring.target)
        : Math.max(0, scoring.target - v);
    case 'steps': {
      const best = bestStep(scoring.steps);
      if (best === null) return null;
      return best.direction === 'higher'
        ? Math.max(0, best.threshold - v)
        : Math.max(0, v - best.threshold);
    }
    case 'boolean':
    case 'levels':
      return achievement !== null && achievement < 1 - TOLERANCE ? 1 : 0;
    case 'info':
      return null;
  }
}

/**
 * The threshold of the best step: for `min` steps the smallest `min` that scores 1, for `max`
 * steps the largest `max` that scores 1. A list without a step scoring 1 is a set error; should
 * one get here anyway, its highest-scoring step stands in.
 */
function bestStep(
  steps: Parameters<typeof stepsShape>[0],
): { direction: 'higher' | 'lower'; threshold: number } | null {
  const shape = stepsShape(steps);
  if (shape.steps.length === 0) return null;
  const top = Math.max(...shape.steps.map((s) => s.score));
  const wanted = top >= 1 ? 1 : top;
  const thresholds = shape.steps.filter((s) => s.score >= wanted).map((s) => s.threshold);
  const threshold =
    shape.direction === 'higher' ? Math.min(...thresholds) : Math.max(...thresholds);
  return { direction: shape.direction, threshold };
}
