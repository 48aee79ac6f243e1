import { TOLERANCE } from './tolerance.js';

/**
 * Competition ranks ("1, 2, 2, 4") on unrounded scores, highest first (spec §2.4): a score's rank
 * is one more than the number of scores greater than it by at least the tolerance, so equal
 * scores share a rank and the next rank skips. Null scores (nothing to divide by) rank last,
 * together, after every scored entry. The result is independent of input order.
 */
export function competitionRanks(scores: readonly (number | null)[]): number[] {
  const values = new Float64Array(scores.length);
  const isNull = new Uint8Array(scores.length);
  scores.forEach((score, i) => {
    if (score === null) isNull[i] = 1;
    else values[i] = score;
  });
  return Array.from(competitionRanksOf(values, isNull));
}

/**
 * `competitionRanks` over a typed column: `values[i]` is the score unless `isNull[i]` is 1. The
 * scorer ranks every group of 3,321 communes, so this sorts numbers natively (no comparator
 * calls) and counts by binary search, O(n log n).
 */
export function competitionRanksOf(values: Float64Array, isNull: Uint8Array): Int32Array {
  const n = values.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (isNull[i] === 1) continue;
    // NaN has no place in a numeric order: such a column is ranked by the definition itself.
    if (Number.isNaN(values[i]!)) return pairwiseRanks(values, isNull);
    count++;
  }
  const ascending = new Float64Array(count);
  for (let i = 0, k = 0; i < n; i++) if (isNull[i] !== 1) ascending[k++] = values[i]!;
  ascending.sort();
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (isNull[i] === 1) {
      ranks[i] = count + 1;
      continue;
    }
    // The first entry ≥ bound; everything from there on is at least the tolerance higher.
    const bound = values[i]! + TOLERANCE;
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (ascending[mid]! < bound) low = mid + 1;
      else high = mid;
    }
    ranks[i] = count - low + 1;
  }
  return ranks;
}

/**
 * The definition itself, pairwise: for a column holding NaN, which scoring never makes (an index
 * is points over a positive maximum). NaN is greater than nothing and nothing is greater than it,
 * so it ranks first and moves no other rank.
 */
function pairwiseRanks(values: Float64Array, isNull: Uint8Array): Int32Array {
  const present = isNull.reduce((sum, flag) => sum + (flag === 1 ? 0 : 1), 0);
  return Int32Array.from(values, (value, i) => {
    if (isNull[i] === 1) return present + 1;
    let greater = 0;
    for (let j = 0; j < values.length; j++) {
      if (isNull[j] !== 1 && values[j]! >= value + TOLERANCE) greater++;
    }
    return greater + 1;
  });
}
