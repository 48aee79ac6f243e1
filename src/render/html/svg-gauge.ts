import { htmlEscape } from './html-escape.js';
import { px, svgFrame } from './svg-frame.js';

export interface Gauge {
  title: string;
  /** 0..1, or null when nothing was scored. */
  value: number | null;
  /** The index as written ("61,3%") and the rating under it. */
  text: string;
  caption: string;
  /** Coloured stretches of the dial: the set's bands, each from its minimum. */
  bands: readonly { from: number; colour: string; name: string }[];
  colour: string;
}

const WIDTH = 320;
const HEIGHT = 200;
const CX = WIDTH / 2;
const CY = 160;
const R = 120;
const THICK = 26;

/** Point on the dial for a fraction: 0 on the left, 1 on the right, over the top. */
function at(fraction: number, r: number): string {
  const angle = Math.PI * (1 - fraction);
  return `${px(CX + r * Math.cos(angle))} ${px(CY - r * Math.sin(angle))}`;
}

function arc(from: number, to: number, r: number): string {
  return `M ${at(from, r)} A ${r} ${r} 0 0 1 ${at(to, r)}`;
}

/** A half-dial gauge of the index with the band stretches behind it and the rating below. */
export function svgGauge(gauge: Gauge): string {
  const parts: string[] = [];
  const bands = [...gauge.bands].sort((a, b) => a.from - b.from);
  bands.forEach((band, i) => {
    const from = Math.max(0, band.from);
    const to = Math.min(1, bands[i + 1]?.from ?? 1);
    if (to <= from) return;
    parts.push(
      `<path d="${arc(from, to, R + THICK / 2 + 6)}" fill="none" stroke="${band.colour}" stroke-width="8"><title>${htmlEscape(band.name)}</title></path>`,
    );
  });
  parts.push(`<path d="${arc(0, 1, R)}" fill="none" stroke="#e6e6e6" stroke-width="${THICK}"/>`);
  const value = gauge.value === null ? 0 : Math.min(1, Math.max(0, gauge.value));
  if (value > 0) {
    parts.push(
      `<path d="${arc(0, value, R)}" fill="none" stroke="${gauge.colour}" stroke-width="${THICK}"/>`,
    );
  }
  parts.push(
    `<text x="${CX}" y="${CY - 22}" font-size="40" font-weight="bold" text-anchor="middle">${htmlEscape(gauge.text)}</text>`,
    `<text x="${CX}" y="${CY + 8}" font-size="15" text-anchor="middle">${htmlEscape(gauge.caption)}</text>`,
    `<text x="${px(CX - R)}" y="${CY + 24}" font-size="11" text-anchor="middle" fill="#666666">0%</text>`,
    `<text x="${px(CX + R)}" y="${CY + 24}" font-size="11" text-anchor="middle" fill="#666666">100%</text>`,
  );
  return svgFrame({
    width: WIDTH,
    height: HEIGHT,
    title: gauge.title,
    description: `${gauge.text} — ${gauge.caption}`,
    body: parts.join(''),
  });
}
