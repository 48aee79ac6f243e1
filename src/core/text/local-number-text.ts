import type { Lang } from '../findings/finding.js';

/**
 * A number written for people in their language: Vietnamese writes the decimal mark as a comma
 * and groups thousands with dots (1.234,5); English keeps the dot and, as the tool always has,
 * no grouping. Machine formats (JSON, CSV) never come here.
 * `text` is a plain JavaScript number text (`-1234.5`); anything else is returned as it is.
 * `group: false` leaves the thousands alone, for numbers that are names rather than amounts —
 * years, row and line numbers in messages ("năm 2025", "dòng 1234").
 */
export function localNumberText(text: string, lang: Lang, { group = true } = {}): string {
  if (lang === 'en' || !/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = group && digits.length > 3 ? digits.replace(/\B(?=(\d{3})+$)/g, '.') : digits;
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}
