/**
 * The one tolerance of spec §2.4: achievement against band thresholds, `lost` against 0, two
 * `lost` values and two indexes (ranks) are equal when they differ by less than this.
 */
export const TOLERANCE = 1e-9;

/**
 * Tolerance for comparing a value with a step threshold, relative to the threshold's size so
 * that a ratio input such as 57 / 100 × 100 = 56.99999999999999 still reaches a step at 57.
 */
export function thresholdTolerance(threshold: number): number {
  return TOLERANCE * Math.max(1, Math.abs(threshold));
}
