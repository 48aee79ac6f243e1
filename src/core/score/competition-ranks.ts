import { TOLERANCE } from './tolerance.js';

/**
 * Competition ranks ("1, 2, 2, 4") on unrounded scores, highest first (spec §2.4): a score's rank
 * is one more than the number of scores greater than it by at least the tolerance, so equal
 * scores share a rank and the next rank skips. Null scores (nothing to divide by) rank last,
 * together, after every scored entry. The result is independent of input order.
 *
 * Sorting once and counting by binary search keeps this O(n log n): a national run ranks 3,321
 * communes on every group, where the pairwise count took seconds.
 */
export function competitionRanks(scores: readonly (number | null)[]): number[] {
  const descending = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  return scores.map((score) => {
    if (score === null) return descending.length + 1;
    return countAtLeast(descending, score + TOLERANCE) + 1;
  });
}

/** How many entries of a descending array are ≥ bound. */
function countAtLeast(descending: readonly number[], bound: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (descending[mid]! >= bound) low = mid + 1;
    else high = mid;
  }
  return low;
}
