import { TOLERANCE } from './tolerance.js';

/**
 * Competition ranks ("1, 2, 2, 4") on unrounded scores, highest first (spec §2.4): a score's rank
 * is one more than the number of scores greater than it by at least the tolerance, so equal
 * scores share a rank and the next rank skips. Null scores (nothing to divide by) rank last,
 * together, after every scored entry. The result is independent of input order.
 */
export function competitionRanks(scores: readonly (number | null)[]): number[] {
  const present = scores.filter((s): s is number => s !== null);
  return scores.map((score) => {
    if (score === null) return present.length + 1;
    let better = 0;
    for (const other of present) if (other - score >= TOLERANCE) better++;
    return better + 1;
  });
}
