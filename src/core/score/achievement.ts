import type { ResolvedIndicator } from '../set/resolved-set.js';
import { scoringPlan, type ScoringPlan } from './indicator-plan.js';

/**
 * Achievement `a ∈ [0, 1]` of a reported value (spec §2.3). `info` indicators are not scored and
 * return null. Values of the wrong kind (which the binder already reports as findings) are
 * coerced rather than thrown on, so scoring never fails on content.
 */
export function achievement(indicator: ResolvedIndicator, value: number | boolean): number | null {
  return planAchievement(scoringPlan(indicator), value);
}

/** `achievement` with the indicator's scoring worked out beforehand (see ScoringPlan). */
export function planAchievement(plan: ScoringPlan, value: number | boolean): number | null {
  switch (plan.method) {
    case 'target': {
      const v = asNumber(value);
      const { target, worst } = plan;
      return clamp(plan.lower ? (worst - v) / (worst - target) : (v - worst) / (target - worst));
    }
    case 'steps':
      return stepsAchievement(plan, asNumber(value));
    case 'boolean':
      return typeof value === 'boolean' ? (value ? 1 : 0) : value > 0 ? 1 : 0;
    case 'levels': {
      const n = asNumber(value);
      const score = Number.isInteger(n) ? plan.levelScores[n - 1] : undefined;
      return score === undefined ? 0 : clamp(score);
    }
    case 'info':
      return null;
  }
}

/**
 * `min` steps: the score of the step with the largest `min ≤ v`; `max` steps: of the smallest
 * `max ≥ v` (each threshold with its tolerance). Of equal thresholds the first listed wins.
 */
function stepsAchievement(plan: ScoringPlan, v: number): number {
  const { stepThresholds, stepReach, stepScores } = plan;
  let found = -1;
  for (let k = 0; k < stepThresholds.length; k++) {
    if (plan.stepsLower ? v > stepReach[k]! : v < stepReach[k]!) continue;
    if (
      found < 0 ||
      (plan.stepsLower
        ? stepThresholds[k]! < stepThresholds[found]!
        : stepThresholds[k]! > stepThresholds[found]!)
    ) {
      found = k;
    }
  }
  return found < 0 ? 0 : clamp(stepScores[found]!);
}

function clamp(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

function asNumber(value: number | boolean): number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}
