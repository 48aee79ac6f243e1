import type { Lang } from '../../core/findings/finding.js';

/**
 * A chart title that says when the chart shows only the first entities of a longer list:
 * "… — 40 đơn vị đầu trong 63", "… — the first 40 of 63" (the workbook cover says "top 40 of 63").
 */
export function shownTitle(
  title: string,
  shown: number,
  total: number,
  lang: Lang,
  first: 'the first' | 'top' = 'the first',
): string {
  if (shown >= total) return title;
  return lang === 'vi'
    ? `${title} — ${shown} đơn vị đầu trong ${total}`
    : `${title} — ${first} ${shown} of ${total}`;
}
