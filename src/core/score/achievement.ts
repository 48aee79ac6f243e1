import type { ResolvedIndicator } from '../resolved-set.js';
import { stepsShape } from './steps-shape.js';
import { thresholdTolerance } from './tolerance.js';

/**
 * Achievement `a ∈ [0, 1]` of a reported value (spec §2.3). `info` indicators are not scored and
 * return null. Values of the wrong kind (which the binder already reports as findings) are
 * coerced rather than thrown on, so scoring never fails on content.
 */
export function achievement(indicator: ResolvedIndicator, value: number | boolean): number | null {
  const scoring = indicator.scoring;
  switch (scoring.method) {
    case 'target': {
      const v = asNumber(value);
      const { target, worst } = scoring;
      const raw =
        indicator.direction === 'lower'
          ? (worst - v) / (worst - target)
          : (v - worst) / (target - worst);
      return clamp(raw);
    }
    case 'steps': {
      const v = asNumber(value);
      const shape = stepsShape(scoring.steps);
      let best: { threshold: number; score: number } | null = null;
      if (shape.direction === 'higher') {
        // The step with the largest `min ≤ v`.
        for (const step of shape.steps) {
          if (v < step.threshold - thresholdTolerance(step.threshold)) continue;
          if (best === null || step.threshold > best.threshold) best = step;
        }
      } else {
        // The step with the smallest `max ≥ v`.
        for (const step of shape.steps) {
          if (v > step.threshold + thresholdTolerance(step.threshold)) continue;
          if (best === null || step.threshold < best.threshold) best = step;
        }
      }
      return best === null ? 0 : clamp(best.score);
    }
    case 'boolean':
      return typeof value === 'boolean' ? (value ? 1 : 0) : value > 0 ? 1 : 0;
    case 'levels': {
      const n = asNumber(value);
      const level = Number.isInteger(n) ? scoring.levels[n - 1] : undefined;
      return level === undefined ? 0 : clamp(level.score);
    }
    case 'info':
      return null;
  }
}

export function clamp(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

function asNumber(value: number | boolean): number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}
