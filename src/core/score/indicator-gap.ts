import type { ResolvedIndicator } from '../set/resolved-set.js';
import { scoringPlan, type ScoringPlan } from './indicator-plan.js';
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
  return planGap(scoringPlan(indicator), value, achievement);
}

/** `indicatorGap` with the indicator's scoring worked out beforehand (see ScoringPlan). */
export function planGap(
  plan: ScoringPlan,
  value: number | boolean,
  achievement: number | null,
): number | null {
  const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  switch (plan.method) {
    case 'target':
      return plan.lower ? Math.max(0, v - plan.target) : Math.max(0, plan.target - v);
    case 'steps': {
      // The distance to the threshold of the best step (see ScoringPlan.bestThreshold).
      const best = plan.bestThreshold;
      if (best === null) return null;
      return plan.stepsLower ? Math.max(0, v - best) : Math.max(0, best - v);
    }
    case 'boolean':
    case 'levels':
      return achievement !== null && achievement < 1 - TOLERANCE ? 1 : 0;
    case 'info':
      return null;
  }
}
