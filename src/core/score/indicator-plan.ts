import type { ResolvedIndicator } from '../set/resolved-set.js';
import { stepsShape } from './steps-shape.js';
import { thresholdTolerance } from './tolerance.js';

/**
 * What scoring one value of an indicator needs, worked out once per indicator instead of once per
 * value: a national run scores 3,321 communes × 50 indicators, and rebuilding the steps' shape and
 * tolerances for each of them cost more than the arithmetic. Every plan has the same fields (unused
 * ones empty) so the hot loop sees one object shape.
 */
export interface ScoringPlan {
  method: ResolvedIndicator['scoring']['method'];
  /** `target`: the indicator's direction is lower (worst above target). */
  lower: boolean;
  target: number;
  worst: number;
  /** `steps`: the keys are `max` (lower is better), whatever the indicator's direction says. */
  stepsLower: boolean;
  stepThresholds: number[];
  /** Each threshold moved by its tolerance, towards the side that still reaches the step. */
  stepReach: number[];
  stepScores: number[];
  /** `steps`: the threshold of the best step (spec §2.4), null when there are no steps. */
  bestThreshold: number | null;
  /** `levels`: the score of each level, in order. */
  levelScores: number[];
}

export function scoringPlan(indicator: ResolvedIndicator): ScoringPlan {
  const plan: ScoringPlan = {
    method: indicator.scoring.method,
    lower: indicator.direction === 'lower',
    target: 0,
    worst: 0,
    stepsLower: false,
    stepThresholds: [],
    stepReach: [],
    stepScores: [],
    bestThreshold: null,
    levelScores: [],
  };
  const scoring = indicator.scoring;
  if (scoring.method === 'target') {
    plan.target = scoring.target;
    plan.worst = scoring.worst;
  } else if (scoring.method === 'steps') {
    const shape = stepsShape(scoring.steps);
    plan.stepsLower = shape.direction === 'lower';
    for (const step of shape.steps) {
      const tolerance = thresholdTolerance(step.threshold);
      plan.stepThresholds.push(step.threshold);
      plan.stepReach.push(
        plan.stepsLower ? step.threshold + tolerance : step.threshold - tolerance,
      );
      plan.stepScores.push(step.score);
    }
    plan.bestThreshold = bestThreshold(plan);
  } else if (scoring.method === 'levels') {
    for (const level of scoring.levels) plan.levelScores.push(level.score);
  }
  return plan;
}

/**
 * The threshold of the best step: for `min` steps the smallest `min` that scores 1, for `max`
 * steps the largest `max` that scores 1. A list without a step scoring 1 is a set error; should
 * one get here anyway, its highest-scoring step stands in.
 */
function bestThreshold(plan: ScoringPlan): number | null {
  if (plan.stepScores.length === 0) return null;
  const top = Math.max(...plan.stepScores);
  const wanted = top >= 1 ? 1 : top;
  const thresholds = plan.stepThresholds.filter((_, k) => plan.stepScores[k]! >= wanted);
  return plan.stepsLower ? Math.max(...thresholds) : Math.min(...thresholds);
}
