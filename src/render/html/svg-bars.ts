import { htmlEscape } from './html-escape.js';
import { ACCENT } from './svg-colours.js';
import { clip, px, svgFrame } from './svg-frame.js';

interface BarItem {
  label: string;
  /** Drawn length against `max`; null draws no bar (not scored). */
  value: number | null;
  /** The number as written beside the bar, already formatted for the language. */
  text: string;
  colour?: string;
}

export interface BarChart {
  title: string;
  items: readonly BarItem[];
  /** The value of a full-length bar (1 for indexes). */
  max: number;
  /**
   * `beside`: short labels left of the bars (rankings, domains); `above`: long labels on their
   * own line over each bar (indicator names), so they need not be cut short on a phone.
   */
  layout?: 'beside' | 'above';
}

const WIDTH = 480;
const FONT = 13;
const VALUE_WIDTH = 64;

/** Horizontal bars, one per item, top to bottom in the given order. */
export function svgBars(chart: BarChart): string {
  const above = chart.layout === 'above';
  const labelWidth = above ? 0 : 150;
  const rowHeight = above ? 40 : 22;
  const barHeight = 14;
  const barLeft = labelWidth;
  const barSpace = WIDTH - barLeft - VALUE_WIDTH;
  const max = chart.max > 0 ? chart.max : 1;
  const parts: string[] = [];
  chart.items.forEach((item, i) => {
    const top = i * rowHeight + 4;
    const barTop = above ? top + 18 : top + (rowHeight - barHeight) / 2 - 2;
    const length =
      item.value === null ? 0 : (Math.min(Math.max(item.value, 0), max) / max) * barSpace;
    const label = above
      ? `<text x="0" y="${px(top + 12)}" font-size="${FONT}">${htmlEscape(clip(item.label, 66))}</text>`
      : `<text x="${px(labelWidth - 8)}" y="${px(barTop + barHeight - 2)}" font-size="${FONT}" text-anchor="end">${htmlEscape(clip(item.label, 20))}</text>`;
    parts.push(
      `<g><title>${htmlEscape(`${item.label}: ${item.text}`)}</title>${label}` +
        `<rect x="${px(barLeft)}" y="${px(barTop)}" width="${px(barSpace)}" height="${barHeight}" fill="#f0f0f0"/>` +
        `<rect x="${px(barLeft)}" y="${px(barTop)}" width="${px(length)}" height="${barHeight}" fill="${item.colour ?? ACCENT}"/>` +
        `<text x="${px(barLeft + barSpace + 6)}" y="${px(barTop + barHeight - 2)}" font-size="${FONT}">${htmlEscape(item.text)}</text></g>`,
    );
  });
  const height = chart.items.length * rowHeight + 8;
  return svgFrame({
    width: WIDTH,
    height,
    title: chart.title,
    description: chart.items.map((item) => `${item.label}: ${item.text}`).join('; '),
    body: parts.join(''),
  });
}
