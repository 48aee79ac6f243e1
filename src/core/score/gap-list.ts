import type { GapEntry, IndicatorScore } from './report.js';
import { TOLERANCE } from './tolerance.js';

/**
 * Work arrays for gapList, sized for a set's indicators and reused from entity to entity: a
 * national run builds 3,321 gap lists, and sorting numbers in typed arrays (rather than the
 * report's objects through a comparator) is most of what makes that cheap.
 */
export interface GapScratch {
  lost: Float64Array;
  order: Int32Array;
}

export function gapScratch(indicatorCount: number): GapScratch {
  return { lost: new Float64Array(indicatorCount), order: new Int32Array(indicatorCount) };
}

/**
 * The prioritised gap list (spec §2.4): indicators that lost points (more than the tolerance),
 * most points lost first; losses within the tolerance of each other tie and are ordered by code
 * in natural order. `ranks[i]` is the natural-order rank of `indicators[i].code` (naturalRanks):
 * precomputed once per set, it orders exactly as naturalCompare on the codes would.
 */
export function gapList(
  indicators: readonly IndicatorScore[],
  ranks: ArrayLike<number>,
  scratch: GapScratch = gapScratch(indicators.length),
): GapEntry[] {
  const count = gapOrder(indicators, ranks, scratch);
  const gaps = new Array<GapEntry>(count);
  for (let k = 0; k < count; k++) {
    const i = indicators[scratch.order[k]!]!;
    gaps[k] = { code: i.code, pointsLost: i.pointsLost!, gap: i.gap, band: i.band };
  }
  return gaps;
}

/**
 * The order of the gap list without building it: the positions in `indicators` of its entries
 * are `scratch.order[0..count)`, and the count is returned (what the scorer stores in columns).
 */
export function gapOrder(
  indicators: readonly IndicatorScore[],
  ranks: ArrayLike<number>,
  scratch: GapScratch,
): number {
  let count = 0;
  for (let i = 0; i < indicators.length; i++) {
    count = addGap(scratch, count, i, indicators[i]!.pointsLost);
  }
  return sortGaps(scratch, count, ranks);
}

/**
 * Offers indicator i's loss to the gap list being gathered in `scratch` (`count` so far) and
 * returns the new count; the scorer calls it as it scores, then sortGaps once per entity.
 */
export function addGap(
  scratch: GapScratch,
  count: number,
  i: number,
  pointsLost: number | null,
): number {
  if (pointsLost === null || !(pointsLost > TOLERANCE)) return count;
  scratch.lost[count] = pointsLost;
  scratch.order[count] = i;
  return count + 1;
}

/** Puts the `count` gaps gathered by addGap in gap-list order; returns `count`. */
export function sortGaps(scratch: GapScratch, count: number, ranks: ArrayLike<number>): number {
  const { lost, order } = scratch;
  sortByLossDescending(lost, order, count);
  // Bucket so the tolerance never makes a comparator inconsistent: a bucket starts at the largest
  // remaining loss and takes every loss within the tolerance of it. Buckets are runs of the
  // sorted list, so ordering by (bucket, code) is ordering each run by code.
  let start = 0;
  for (let k = 1; k <= count; k++) {
    if (k === count || lost[start]! - lost[k]! >= TOLERANCE) {
      if (k - start > 1) sortByRank(order, start, k, ranks);
      start = k;
    }
  }
  return count;
}

/** Beyond this many entries an insertion sort's n² loses to the library sort. */
const INSERTION_SORT_MAX = 64;

/**
 * `lost[0..count)` (with `order` alongside) from the largest loss down, stably: entries arrive in
 * set order, so equal losses keep the set's order.
 */
function sortByLossDescending(lost: Float64Array, order: Int32Array, count: number): void {
  if (count > INSERTION_SORT_MAX) {
    const sorted = Array.from(order.subarray(0, count), (i, k) => ({ i, lost: lost[k]! })).sort(
      (a, b) => b.lost - a.lost,
    );
    sorted.forEach((entry, k) => {
      order[k] = entry.i;
      lost[k] = entry.lost;
    });
    return;
  }
  for (let k = 1; k < count; k++) {
    const value = lost[k]!;
    const item = order[k]!;
    let j = k - 1;
    while (j >= 0 && lost[j]! < value) {
      lost[j + 1] = lost[j]!;
      order[j + 1] = order[j]!;
      j--;
    }
    lost[j + 1] = value;
    order[j + 1] = item;
  }
}

/** `order[from..to)` by natural rank of the codes, stably: usually a run of one or two. */
function sortByRank(order: Int32Array, from: number, to: number, ranks: ArrayLike<number>): void {
  if (to - from > INSERTION_SORT_MAX) {
    const run = Array.from(order.subarray(from, to)).sort((a, b) => ranks[a]! - ranks[b]!);
    order.set(run, from);
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const item = order[k]!;
    const rank = ranks[item]!;
    let j = k - 1;
    while (j >= from && ranks[order[j]!]! > rank) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = item;
  }
}
