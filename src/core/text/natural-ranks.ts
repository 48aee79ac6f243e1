import { naturalCompare } from './natural-compare.js';

/**
 * The place of each code in natural order (see naturalCompare), as an integer: ranks compare
 * exactly as the codes do, and identical codes share a rank. The codes of a set are fixed, so
 * sorting them once lets every entity's gap list compare integers instead of re-chunking strings.
 */
export function naturalRanks(codes: readonly string[]): Int32Array {
  const order = codes.map((_, i) => i).sort((a, b) => naturalCompare(codes[a]!, codes[b]!));
  const ranks = new Int32Array(codes.length);
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    // naturalCompare is a total order that is 0 only for identical strings.
    if (k > 0 && codes[order[k]!] !== codes[order[k - 1]!]) rank++;
    ranks[order[k]!] = rank;
  }
  return ranks;
}
