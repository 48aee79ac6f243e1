import type { Lang } from '../findings/finding.js';
import { localNumberText } from './local-number-text.js';

/** How one language writes numbers for people to read (spec §9.2; issue #13 item 3). */
export interface NumberFormat {
  /** Fixed decimals: vi 1.234,50 (thousands grouped) · en 1234.50. */
  number(x: number | null, decimals?: number): string;
  /** A share 0..1 as a percentage: vi 61,3% · en 61.3%. */
  percent(fraction: number | null, decimals?: number): string;
  /** A difference with its sign always shown (+1,5 / -1,5 / 0,0): for deltas and moves. */
  signed(x: number | null, decimals?: number): string;
}

/** What a missing or non-finite number reads as, in every language. */
const NONE = '—';

/**
 * The number formatter of a language, with fixed decimals: the separators are those of
 * `localNumberText` (the terminal's and the workbook's), so every report writes a number alike.
 * Pure and locale-independent: rounding goes through `toFixed` (the exact binary value, never
 * the process locale), and a value that rounds to zero loses its sign (−0.0001 → 0,00).
 */
export function numberFormat(lang: Lang): NumberFormat {
  const fixed = (x: number, decimals: number): string => {
    const text = x.toFixed(decimals);
    return text.startsWith('-') && !/[1-9]/.test(text) ? text.slice(1) : text;
  };
  const number = (x: number | null, decimals = 2): string =>
    x === null || !Number.isFinite(x) ? NONE : localNumberText(fixed(x, decimals), lang);
  return {
    number,
    percent: (fraction, decimals = 1) =>
      fraction === null || !Number.isFinite(fraction)
        ? NONE
        : `${number(fraction * 100, decimals)}%`,
    signed(x, decimals = 2) {
      if (x === null || !Number.isFinite(x)) return NONE;
      const text = number(x, decimals);
      return text.startsWith('-') || !/[1-9]/.test(text) ? text : `+${text}`;
    },
  };
}
