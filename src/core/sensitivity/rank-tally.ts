/** What the runs say about one entity's rank (spec §10). */
export interface RankSummary {
  medianRank: number;
  p05Rank: number;
  p95Rank: number;
  /** Share of runs whose rank differs from the base rank. */
  pRankChange: number;
  /** Mean of |run rank − base rank|. */
  meanAbsShift: number;
}

export interface RankTally {
  /** Records one run: `ranks[e]` is entity e's rank (1..n). */
  add(ranks: Int32Array): void;
  summary(entity: number, baseRank: number): RankSummary;
}

/**
 * Collects every entity's rank over the runs in at most 4 · n · min(n, runs) bytes: the ranks
 * themselves while there are fewer runs than entities (3,321 communes × 1,000 runs: 13 MB),
 * else a count per entity and rank (34 provinces × 100,000 runs: 4.6 kB), which says the same.
 */
export function rankTally(entityCount: number, runs: number): RankTally {
  return runs <= entityCount ? storedRanks(entityCount, runs) : rankCounts(entityCount);
}

/**
 * The k-th smallest of n values for the nearest-rank percentile p (in %): k = ⌈p·n / 100⌉, at
 * least 1. `p × n` is a whole number, so the division is the only rounding and ⌈⌉ is exact.
 */
function nearestRank(percent: number, n: number): number {
  return Math.max(1, Math.ceil((percent * n) / 100));
}

/** Runs buffered before they are copied to the entities' rows (BLOCK × n ranks, cache-sized). */
const BLOCK = 64;

function storedRanks(n: number, runs: number): RankTally {
  // Entity e's runs at e × runs …, contiguous so each can be sorted in place. Runs arrive one
  // rank per entity; writing them straight there would touch a new cache line per entity and
  // run, so they are gathered BLOCK runs at a time and copied entity by entity.
  const all = new Int32Array(n * runs);
  const block = new Int32Array(Math.min(BLOCK, runs) * n);
  let buffered = 0;
  let run = 0;
  const flush = (): void => {
    const first = run - buffered;
    for (let e = 0; e < n; e++) {
      const row = e * runs + first;
      for (let b = 0; b < buffered; b++) all[row + b] = block[b * n + e]!;
    }
    buffered = 0;
  };
  return {
    add(ranks) {
      block.set(ranks, buffered * n);
      buffered++;
      run++;
      if (buffered * n === block.length) flush();
    },
    summary(entity, baseRank) {
      if (buffered > 0) flush();
      const own = all.subarray(entity * runs, entity * runs + run).sort();
      const count = own.length;
      let changed = 0;
      let shift = 0;
      for (let r = 0; r < count; r++) {
        const rank = own[r]!;
        if (rank !== baseRank) changed++;
        shift += Math.abs(rank - baseRank);
      }
      return {
        medianRank: own[nearestRank(50, count) - 1]!,
        p05Rank: own[nearestRank(5, count) - 1]!,
        p95Rank: own[nearestRank(95, count) - 1]!,
        pRankChange: changed / count,
        meanAbsShift: shift / count,
      };
    },
  };
}

function rankCounts(n: number): RankTally {
  // How often entity e had rank r + 1, at e × n + r.
  const counts = new Int32Array(n * n);
  let added = 0;
  return {
    add(ranks) {
      for (let e = 0; e < n; e++) counts[e * n + ranks[e]! - 1]!++;
      added++;
    },
    summary(entity, baseRank) {
      const own = counts.subarray(entity * n, (entity + 1) * n);
      const kth = (k: number): number => {
        let seen = 0;
        for (let r = 0; r < n; r++) {
          seen += own[r]!;
          if (seen >= k) return r + 1;
        }
        return n;
      };
      let shift = 0;
      for (let r = 0; r < n; r++) shift += own[r]! * Math.abs(r + 1 - baseRank);
      const same = baseRank >= 1 && baseRank <= n ? own[baseRank - 1]! : 0;
      return {
        medianRank: kth(nearestRank(50, added)),
        p05Rank: kth(nearestRank(5, added)),
        p95Rank: kth(nearestRank(95, added)),
        pRankChange: (added - same) / added,
        meanAbsShift: shift / added,
      };
    },
  };
}
