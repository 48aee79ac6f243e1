import { naturalCompare } from '../natural-compare.js';
import type { GapEntry, IndicatorScore } from '../report.js';
import { TOLERANCE } from './tolerance.js';

/**
 * The prioritised gap list (spec §2.4): indicators that lost points (more than the tolerance),
 * most points lost first; losses within the tolerance of each other tie and are ordered by code
 * in natural order.
 */
export function gapList(indicators: readonly IndicatorScore[]): GapEntry[] {
  const losing = indicators.filter(
    (i): i is IndicatorScore & { pointsLost: number } =>
      i.pointsLost !== null && i.pointsLost > TOLERANCE,
  );
  // Bucket first so the tolerance never makes the comparator inconsistent: each entry is
  // compared on the loss of the bucket it falls into (buckets start at the largest remaining loss).
  const sorted = [...losing].sort((a, b) => b.pointsLost - a.pointsLost);
  const bucketOf = new Map<IndicatorScore, number>();
  let bucket = 0;
  let bucketStart: number | null = null;
  for (const entry of sorted) {
    if (bucketStart === null || bucketStart - entry.pointsLost >= TOLERANCE) {
      bucket++;
      bucketStart = entry.pointsLost;
    }
    bucketOf.set(entry, bucket);
  }
  return sorted
    .sort((a, b) => bucketOf.get(a)! - bucketOf.get(b)! || naturalCompare(a.code, b.code))
    .map((i) => ({ code: i.code, pointsLost: i.pointsLost, gap: i.gap, band: i.band }));
}
