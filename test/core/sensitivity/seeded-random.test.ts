import { describe, expect, it } from 'vitest';
import { MAX_SEED, seededRandom } from '../../../src/core/sensitivity/seeded-random.js';

/**
 * The first eight outputs of the authors' reference C code (xoshiro128starstar.c, its state
 * filled by splitmix64.c: s[0] = low half of the first output, s[1] = its high half, s[2] and
 * s[3] likewise from the second), compiled with gcc.
 */
const REFERENCE: [number, number[]][] = [
  [
    0,
    [
      3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774, 3260698944,
      2754151956,
    ],
  ],
  [
    1,
    [1695105466, 1423115009, 634581793, 1068227753, 716759206, 4186505319, 3777694425, 2710820970],
  ],
  [
    20251122,
    [402299923, 821434623, 2411989300, 1134296109, 724027121, 2397534844, 1192558912, 567886964],
  ],
  [
    MAX_SEED,
    [1233166643, 1287031142, 661813442, 2960669951, 2601079046, 1036114921, 2300589652, 2591400186],
  ],
];

describe('seededRandom: xoshiro128** seeded by SplitMix64', () => {
  it.each(REFERENCE)('seed %d gives the reference C outputs', (seed, outputs) => {
    const random = seededRandom(seed);
    expect(outputs.map(() => random.uint32())).toEqual(outputs);
  });

  it('scales one 32-bit output to [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 1000; i++) expect(a.unit()).toBe(b.uint32() / 2 ** 32);
  });

  it('draws numbers spread evenly over [0, 1): ten equal bins within 4 standard deviations', () => {
    const random = seededRandom(42);
    const draws = 100_000;
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < draws; i++) {
      const u = random.unit();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 10)]!++;
    }
    expect(outside).toBe(0);
    const sd = Math.sqrt(draws * 0.1 * 0.9);
    for (const count of bins) expect(Math.abs(count - draws / 10)).toBeLessThan(4 * sd);
  });

  it('refuses a seed that is not a whole number from 0 to 2^53 − 1', () => {
    for (const seed of [-1, 0.5, MAX_SEED + 1, Number.NaN]) {
      expect(() => seededRandom(seed)).toThrow(RangeError);
    }
  });
});
