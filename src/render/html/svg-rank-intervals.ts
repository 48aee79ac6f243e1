import { htmlEscape } from './html-escape.js';
import { ACCENT } from './svg-colours.js';
import { clip, px, svgFrame } from './svg-frame.js';

export interface RankInterval {
  label: string;
  base: number;
  median: number;
  low: number;
  high: number;
  /** "3–7", written for the tooltip. */
  text: string;
}

const WIDTH = 640;
const LABEL = 150;
const ROW = 20;
const AXIS = 28;

/**
 * The rank intervals of the sensitivity analysis (spec §10): per entity a line from the 5 % to
 * the 95 % rank, a tick at the median and a dot at the base rank; rank 1 on the left.
 */
export function svgRankIntervals(
  title: string,
  items: readonly RankInterval[],
  rankCount: number,
): string {
  const plot = WIDTH - LABEL - 16;
  const span = Math.max(1, rankCount - 1);
  const x = (rank: number): number => LABEL + ((rank - 1) / span) * plot;
  const parts: string[] = [];
  // Axis ticks: about six whole ranks across.
  const every = Math.max(1, Math.ceil(rankCount / 6));
  const ticks: number[] = [];
  for (let rank = 1; rank <= rankCount; rank += every) ticks.push(rank);
  // The last rank always, unless a tick already sits too close to it.
  if (rankCount - ticks.at(-1)! >= every / 2) ticks.push(rankCount);
  for (const rank of ticks) {
    parts.push(
      `<line x1="${px(x(rank))}" y1="${AXIS - 6}" x2="${px(x(rank))}" y2="${AXIS + items.length * ROW}" stroke="#eeeeee"/>`,
      `<text x="${px(x(rank))}" y="${AXIS - 10}" font-size="11" text-anchor="middle" fill="#666666">${rank}</text>`,
    );
  }
  items.forEach((item, i) => {
    const y = AXIS + i * ROW + ROW / 2;
    parts.push(
      `<g><title>${htmlEscape(`${item.label}: ${item.text}`)}</title>` +
        `<text x="${LABEL - 8}" y="${px(y + 4)}" font-size="12" text-anchor="end">${htmlEscape(clip(item.label, 20))}</text>` +
        `<line x1="${px(x(item.low))}" y1="${px(y)}" x2="${px(x(item.high) + 0.01)}" y2="${px(y)}" stroke="${ACCENT}" stroke-width="6" stroke-linecap="round" stroke-opacity="0.45"/>` +
        `<line x1="${px(x(item.median))}" y1="${px(y - 6)}" x2="${px(x(item.median))}" y2="${px(y + 6)}" stroke="#1a1a1a" stroke-width="2"/>` +
        `<circle cx="${px(x(item.base))}" cy="${px(y)}" r="4" fill="#d95f02"/></g>`,
    );
  });
  return svgFrame({
    width: WIDTH,
    height: AXIS + items.length * ROW + 6,
    title,
    description: items.map((item) => `${item.label}: ${item.text}`).join('; '),
    body: parts.join(''),
  });
}
