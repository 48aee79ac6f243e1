import { htmlEscape } from './html-escape.js';
import { ACCENT } from './svg-colours.js';
import { px, svgFrame, wrapLines } from './svg-frame.js';

export interface RadarAxis {
  label: string;
  /** 0..1; null (not scored) is drawn at the centre. */
  value: number | null;
  text: string;
}

const WIDTH = 520;
const HEIGHT = 400;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 120;
const RINGS = [0.25, 0.5, 0.75, 1];

/** A radar (web) of three or more 0..1 values, the first axis straight up, then clockwise. */
export function svgRadar(title: string, axes: readonly RadarAxis[]): string {
  const n = axes.length;
  const point = (i: number, r: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
  };
  const polygon = (r: (i: number) => number): string =>
    axes
      .map((_, i) => point(i, r(i)))
      .map(([x, y]) => `${px(x)},${px(y)}`)
      .join(' ');
  const parts: string[] = [];
  for (const ring of RINGS) {
    parts.push(
      `<polygon points="${polygon(() => RADIUS * ring)}" fill="none" stroke="#cccccc" stroke-width="1"/>`,
    );
    const [, y] = point(0, RADIUS * ring);
    parts.push(
      `<text x="${px(CX + 4)}" y="${px(y + 11)}" font-size="10" fill="#666666">${Math.round(ring * 100)}%</text>`,
    );
  }
  axes.forEach((_, i) => {
    const [x, y] = point(i, RADIUS);
    parts.push(
      `<line x1="${CX}" y1="${CY}" x2="${px(x)}" y2="${px(y)}" stroke="#cccccc" stroke-width="1"/>`,
    );
  });
  const value = (i: number): number => RADIUS * Math.min(1, Math.max(0, axes[i]!.value ?? 0));
  parts.push(
    `<polygon points="${polygon(value)}" fill="${ACCENT}" fill-opacity="0.25" stroke="${ACCENT}" stroke-width="2"/>`,
  );
  axes.forEach((axis, i) => {
    const [x, y] = point(i, value(i));
    parts.push(
      `<circle cx="${px(x)}" cy="${px(y)}" r="4" fill="${ACCENT}"><title>${htmlEscape(`${axis.label}: ${axis.text}`)}</title></circle>`,
    );
    const [lx, ly] = point(i, RADIUS + 16);
    const dx = lx - CX;
    const anchor = Math.abs(dx) < 8 ? 'middle' : dx > 0 ? 'start' : 'end';
    const lines = [...wrapLines(axis.label, 18), axis.text];
    // Above the web the label grows upwards, below it downwards, beside it around the axis.
    const first =
      ly < CY - RADIUS
        ? ly - (lines.length - 1) * 14
        : ly > CY + RADIUS
          ? ly + 8
          : ly - ((lines.length - 1) * 14) / 2 + 4;
    parts.push(
      `<text x="${px(lx)}" y="${px(first)}" font-size="12" text-anchor="${anchor}">` +
        lines
          .map(
            (line, k) =>
              `<tspan x="${px(lx)}"${k === 0 ? '' : ' dy="14"'}${k === lines.length - 1 ? ' font-weight="bold"' : ''}>${htmlEscape(line)}</tspan>`,
          )
          .join('') +
        `</text>`,
    );
  });
  return svgFrame({
    width: WIDTH,
    height: HEIGHT,
    title,
    description: axes.map((axis) => `${axis.label}: ${axis.text}`).join('; '),
    body: parts.join(''),
  });
}
