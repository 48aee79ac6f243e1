/**
 * Rounds to `decimals` places for output (spec §4.2: 6 in JSON and CSV). Goes through
 * `toFixed`, which rounds the exact binary value and never consults the locale, instead of
 * `Math.round(x * 1e6) / 1e6`, whose multiplication can itself round the wrong way. Negative
 * zero becomes 0, so `-1e-7` prints as `0`, not `-0`.
 */
export function roundNumber(x: number, decimals = 6): number {
  if (!Number.isFinite(x)) return x;
  const rounded = Number(x.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** Fixed decimals with a '.' separator for terminal text; never locale-dependent. */
export function fixedNumber(x: number, decimals: number): string {
  const text = roundNumber(x, decimals).toFixed(decimals);
  return text.startsWith('-') && Number(text) === 0 ? text.slice(1) : text;
}

/** Up to `decimals` places, trailing zeros dropped: 135 → "135", 45.5 → "45.5". */
export function shortNumber(x: number, decimals = 2): string {
  const text = fixedNumber(x, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A share 0..1 as a percentage with one decimal: 0.675 → "67.5%". */
export function percentText(x: number | null): string {
  return x === null ? '—' : `${fixedNumber(x * 100, 1)}%`;
}
