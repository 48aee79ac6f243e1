import { editDistance } from '../text/edit-distance.js';

/**
 * The closest candidate to a misspelt word ("pionts" → "points"), or null when nothing is close
 * enough to be a plausible typo. Case is ignored; transpositions count as one edit because they
 * are the commonest typing slip.
 */
export function setDidYouMean(word: string, candidates: Iterable<string>): string | null {
  const needle = word.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : null;
}
