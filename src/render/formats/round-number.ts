import type { Lang } from '../../core/findings/finding.js';
import { localNumberText } from '../../core/text/local-number-text.js';

/**
 * Rounds to `decimals` places for output (spec §4.2: 6 in JSON and CSV). Goes through
 * `toFixed`, which rounds the exact binary value and never consults the locale, instead of
 * `Math.round(x * 1e6) / 1e6`, whose multiplication can itself round the wrong way. Negative
 * zero becomes 0, so `-1e-7` prints as `0`, not `-0`.
 */
export function roundNumber(x: number, decimals = 6): number {
  if (!Number.isFinite(x)) return x;
  if (Number.isInteger(x)) return x === 0 ? 0 : x;
  const fast = fastRound(x, decimals);
  if (fast !== null) return fast;
  const rounded = Number(x.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** Below this, `|x| × 10^d` carries an absolute error under 2^-13 (2^40 × 2^-53). */
const FAST_LIMIT = 2 ** 40;
/** Far enough from a tie (…5 exactly) that that error cannot move the result. */
const TIE_MARGIN = 1e-3;

/**
 * The same result as `Number(x.toFixed(d))` without building a string, or null when it cannot
 * be sure. toFixed picks the integer n nearest to the exact |x| × 10^d (the larger on a tie);
 * here y = |x| × 10^d is computed in floating point, and unless its fraction is within
 * TIE_MARGIN of one half, the nearest integer of the exact product is the nearest of y. Then
 * n / 10^d is one correctly rounded division, the same double Number("n e-d") parses to.
 */
function fastRound(x: number, decimals: number): number | null {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) return null;
  const scale = 10 ** decimals;
  const y = Math.abs(x) * scale;
  if (!(y < FAST_LIMIT)) return null;
  const floor = Math.floor(y);
  const fraction = y - floor;
  if (Math.abs(fraction - 0.5) < TIE_MARGIN) return null;
  const n = fraction < 0.5 ? floor : floor + 1;
  if (n === 0) return 0;
  const magnitude = n / scale;
  return x < 0 ? -magnitude : magnitude;
}

/** Fixed decimals with a '.' separator for terminal text; never locale-dependent. */
function fixedNumber(x: number, decimals: number): string {
  const text = roundNumber(x, decimals).toFixed(decimals);
  return text.startsWith('-') && Number(text) === 0 ? text.slice(1) : text;
}

/** Up to `decimals` places, trailing zeros dropped: 135 → "135", 45.5 → "45.5" ("45,5" in vi). */
export function shortNumber(x: number, lang: Lang, decimals = 2): string {
  const text = fixedNumber(x, decimals);
  return localNumberText(text.includes('.') ? text.replace(/\.?0+$/, '') : text, lang);
}

/** A share 0..1 as a percentage with one decimal: 0.675 → "67.5%" ("67,5%" in vi). */
export function percentText(x: number | null, lang: Lang): string {
  return x === null ? '—' : `${localNumberText(fixedNumber(x * 100, 1), lang)}%`;
}
