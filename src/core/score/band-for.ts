import type { ResolvedBand } from '../set/resolved-set.js';
import { TOLERANCE } from './tolerance.js';

/**
 * The highest band whose `min ≤ a` (spec §2.4), with the tolerance so that an achievement of
 * 0.7499999999 from floating-point arithmetic still lands in a band starting at 0.75. Null when
 * a custom band list has no band low enough.
 */
export function bandFor(bands: readonly ResolvedBand[], a: number): string | null {
  let best: ResolvedBand | null = null;
  for (const band of bands) {
    if (band.min <= a + TOLERANCE && (best === null || band.min > best.min)) best = band;
  }
  return best === null ? null : best.id;
}
