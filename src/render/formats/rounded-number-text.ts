import { roundNumber } from './round-number.js';

const SCALE = 1e6;
/** Below this, `|x| × 10^6` is close enough to exact that the nearest integer is sure (round-number.ts). */
const FAST_LIMIT = 2 ** 40;
const TIE_MARGIN = 1e-3;
const ZEROS = ['', '0', '00', '000', '0000', '00000'];

/**
 * `String(roundNumber(x))` — the text JSON writes for a number rounded to 6 decimals — made from
 * the digits of the integer `n` nearest to `|x| × 10^6` instead of from the double: converting a
 * double to its shortest text takes ~200 ns, three times an integer's, and two rounds of 3,321
 * communes write 1.1 million such numbers. The same text: `roundNumber` gives the double nearest
 * to n / 10^6, and the shortest text that reads back as that double is n's digits with the
 * point six places from the right (any other text of at most six decimals is another multiple
 * of 10^-6, a different double below 2^40 / 10^6; one with more decimals has more digits).
 * Near a tie, and for integers and large numbers, it is `String(roundNumber(x))` itself.
 */
export function roundedNumberText(x: number): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(roundNumber(x));
  const y = Math.abs(x) * SCALE;
  if (!(y < FAST_LIMIT)) return String(roundNumber(x));
  const floor = Math.floor(y);
  const fraction = y - floor;
  if (Math.abs(fraction - 0.5) < TIE_MARGIN) return String(roundNumber(x));
  const n = fraction < 0.5 ? floor : floor + 1;
  if (n === 0) return '0';
  const whole = Math.floor(n / SCALE);
  let decimals = n - whole * SCALE;
  const sign = x < 0 ? '-' : '';
  if (decimals === 0) return `${sign}${whole}`;
  let places = 6;
  while (decimals % 10 === 0) {
    decimals /= 10;
    places--;
  }
  const digits = String(decimals);
  return `${sign}${whole}.${ZEROS[places - digits.length]!}${digits}`;
}
