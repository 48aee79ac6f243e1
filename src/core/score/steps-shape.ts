import type { Step } from '../set/indicator-set-schema.js';

export interface StepsShape {
  /** `min` steps score higher values better; `max` steps score lower values better. */
  direction: 'higher' | 'lower';
  steps: { threshold: number; score: number }[];
}

/**
 * Reads a `steps` list as thresholds (spec §2.3): the keys decide the direction (`min` → higher,
 * `max` → lower). The set validator rejects mixed lists; if one slips through, the kind that
 * appears first wins and the other steps are ignored rather than misread.
 */
export function stepsShape(steps: readonly Step[]): StepsShape {
  const first = steps[0];
  const direction = first !== undefined && 'max' in first ? 'lower' : 'higher';
  const out: { threshold: number; score: number }[] = [];
  for (const step of steps) {
    if (direction === 'higher' && 'min' in step)
      out.push({ threshold: step.min, score: step.score });
    if (direction === 'lower' && 'max' in step)
      out.push({ threshold: step.max, score: step.score });
  }
  return { direction, steps: out };
}
