import { htmlEscape } from './html-escape.js';

export interface SvgFrame {
  width: number;
  height: number;
  /** Read by screen readers (spec §9.2) and shown as the browser's tooltip. */
  title: string;
  /** A longer text alternative: the chart's numbers in words. */
  description?: string;
  body: string;
}

/**
 * One inline chart: an `<svg>` with a `<title>` and a viewBox, so it scales to the width of its
 * column on a phone and on paper alike. Text inside is already escaped by the caller; the title
 * and description are escaped here.
 */
export function svgFrame(frame: SvgFrame): string {
  const { width, height } = frame;
  const description =
    frame.description === undefined ? '' : `<desc>${htmlEscape(frame.description)}</desc>`;
  return (
    `<svg role="img" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" font-family="system-ui, sans-serif">` +
    `<title>${htmlEscape(frame.title)}</title>${description}${frame.body}</svg>`
  );
}

/** Coordinates with at most two decimals, so the file stays small and byte-stable. */
export function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Cuts a label to `max` characters with an ellipsis; the full text goes in a `<title>`. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Splits a label at spaces onto at most two lines of about `width` characters each. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && [...`${last} ${word}`].length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  if (lines.length <= 2) return lines.map((line) => clip(line, width));
  return [clip(lines[0]!, width), clip(lines.slice(1).join(' '), width)];
}
