/** The largest seed: every seed is a whole number that JSON and JavaScript hold exactly. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

export interface SeededRandom {
  /** The next 32-bit output of xoshiro128**, as an unsigned integer. */
  uint32(): number;
  /** The next output scaled to [0, 1): `uint32() / 2³²` (one draw, 32 bits of resolution). */
  unit(): number;
}

const TWO_TO_32 = 4294967296;
const MASK_64 = (1n << 64n) - 1n;

/**
 * The random numbers of `smartcity sensitivity` (docs/sensitivity.md): xoshiro128** 1.1
 * (Blackman & Vigna, 2018), whose 128-bit state is filled by two outputs of SplitMix64 started
 * at the seed — the seeding its authors recommend — low 32 bits first. Everything is integer
 * arithmetic (Math.imul, shifts; BigInt for the four seeding multiplications), so the same seed
 * gives the same sequence on every machine and every JavaScript engine. Tests compare it with
 * the authors' C code.
 */
export function seededRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed ${seed}`);
  let counter = BigInt(seed);
  const splitMix64 = (): bigint => {
    counter = (counter + 0x9e3779b97f4a7c15n) & MASK_64;
    let z = counter;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
    return z ^ (z >> 31n);
  };
  const first = splitMix64();
  const second = splitMix64();
  // Two distinct SplitMix64 outputs are never both zero, so the state is never all zeros.
  let s0 = Number(first & 0xffffffffn) | 0;
  let s1 = Number(first >> 32n) | 0;
  let s2 = Number(second & 0xffffffffn) | 0;
  let s3 = Number(second >> 32n) | 0;

  const uint32 = (): number => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotateLeft(s3, 11);
    return result;
  };
  return { uint32, unit: () => uint32() / TWO_TO_32 };
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
