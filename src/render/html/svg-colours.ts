/**
 * Colours of the HTML charts. The index scale is ColorBrewer's YlGnBu (sequential, readable by
 * the colour-blind and in greyscale print): light for low, dark blue for high.
 */
const INDEX_STOPS: readonly (readonly [number, number, number])[] = [
  [255, 255, 204],
  [161, 218, 180],
  [65, 182, 196],
  [44, 127, 184],
  [37, 52, 148],
];

/** Fill of a tile or heat-map cell for an index 0..1; null (not scored) is grey. */
export function indexColour(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return NO_DATA;
  const t = Math.min(1, Math.max(0, fraction)) * (INDEX_STOPS.length - 1);
  const i = Math.min(INDEX_STOPS.length - 2, Math.floor(t));
  const f = t - i;
  const a = INDEX_STOPS[i]!;
  const b = INDEX_STOPS[i + 1]!;
  const channel = (k: 0 | 1 | 2): string =>
    Math.round(a[k] + (b[k] - a[k]) * f)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** Text colour that reads on a fill: white on dark, near-black on light (WCAG luminance). */
export function inkOn(fill: string): string {
  const rgb = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255);
  const linear = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return luminance > 0.22 ? '#1a1a1a' : '#ffffff';
}

/**
 * The colour scale of a map: from the lowest to the highest of its values, as a spreadsheet's
 * colour scale does (provinces often lie within a few points of each other; on a 0–100 % scale
 * they would all be one colour). All equal, or none: the whole 0–100 % range.
 */
export function colourScale(values: readonly (number | null)[]): {
  min: number;
  max: number;
  colour: (value: number | null) => string;
} {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let min = Math.min(...known);
  let max = Math.max(...known);
  if (known.length === 0 || !(max - min > 1e-9)) {
    min = 0;
    max = 1;
  }
  return {
    min,
    max,
    colour: (value) => (value === null ? NO_DATA : indexColour((value - min) / (max - min))),
  };
}

export const NO_DATA = '#e0e0e0';
/** Bars and lines of the single-colour charts. */
export const ACCENT = '#2c7fb8';
