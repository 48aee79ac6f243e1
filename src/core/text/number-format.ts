import type { Lang } from '../findings/finding.js';

/** How one language writes numbers for people to read (spec §9.2; issue #13 item 3). */
export interface NumberFormat {
  /** Fixed decimals with grouped thousands: vi 1.234,50 · en 1,234.50. */
  number(x: number | null, decimals?: number): string;
  /** A share 0..1 as a percentage: vi 61,3% · en 61.3%. */
  percent(fraction: number | null, decimals?: number): string;
  /** A difference with its sign always shown (+1,5 / −1,5 / 0,0): for deltas and moves. */
  signed(x: number | null, decimals?: number): string;
}

const SEPARATORS: Readonly<Record<Lang, { decimal: string; group: string }>> = {
  // Vietnamese (TCVN and the ministries' documents): decimal comma, dot between thousands.
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** What a missing or non-finite number reads as, in every language. */
const NONE = '—';
/** A true minus sign: a hyphen looks like a dash in running text. */
const MINUS = '\u2212';

/**
 * The number formatter for a language. Pure and locale-independent: it never consults `Intl` or
 * the process locale, so the same report reads the same on every machine. Rounding goes through
 * `toFixed` (the exact binary value, never the locale), and a value that rounds to zero loses its
 * sign, so −0.0001 prints as 0,0 and not −0,0.
 */
export function numberFormat(lang: Lang): NumberFormat {
  const { decimal, group } = SEPARATORS[lang];

  const magnitude = (x: number, decimals: number): { text: string; negative: boolean } => {
    const fixed = Math.abs(x).toFixed(decimals);
    const [whole = '0', fraction] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const text = fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
    const negative = x < 0 && /[1-9]/.test(fixed);
    return { text, negative };
  };

  const number = (x: number | null, decimals = 2): string => {
    if (x === null || !Number.isFinite(x)) return NONE;
    const { text, negative } = magnitude(x, decimals);
    return negative ? `${MINUS}${text}` : text;
  };

  return {
    number,
    percent: (fraction, decimals = 1) =>
      fraction === null || !Number.isFinite(fraction)
        ? NONE
        : `${number(fraction * 100, decimals)}%`,
    signed(x, decimals = 2) {
      if (x === null || !Number.isFinite(x)) return NONE;
      const { text, negative } = magnitude(x, decimals);
      if (negative) return `${MINUS}${text}`;
      return /[1-9]/.test(text) ? `+${text}` : text;
    },
  };
}
