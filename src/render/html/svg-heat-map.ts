import { htmlEscape } from './html-escape.js';
import { colourScale, inkOn } from './svg-colours.js';
import { clip, px, svgFrame } from './svg-frame.js';

export interface HeatMap {
  title: string;
  /** Column heads (group codes) with their full names for the tooltip. */
  columns: readonly { code: string; name: string }[];
  rows: readonly { label: string; cells: readonly { value: number | null; text: string }[] }[];
}

const LABEL = 160;
const CELL_W = 56;
const CELL_H = 22;
const HEAD = 26;

/** Entities × top-level groups, each cell coloured by its index and labelled with it. */
export function svgHeatMap(map: HeatMap): string {
  const parts: string[] = [];
  // One scale for the whole map, from its lowest cell to its highest (as the workbook's).
  const scale = colourScale(map.rows.flatMap((row) => row.cells.map((cell) => cell.value)));
  map.columns.forEach((column, c) => {
    const x = LABEL + c * CELL_W + CELL_W / 2;
    parts.push(
      `<text x="${px(x)}" y="${HEAD - 8}" font-size="12" font-weight="bold" text-anchor="middle"><title>${htmlEscape(column.name)}</title>${htmlEscape(clip(column.code, 7))}</text>`,
    );
  });
  map.rows.forEach((row, r) => {
    const y = HEAD + r * CELL_H;
    parts.push(
      `<text x="${LABEL - 8}" y="${px(y + CELL_H - 7)}" font-size="12" text-anchor="end">${htmlEscape(clip(row.label, 22))}</text>`,
    );
    row.cells.forEach((cell, c) => {
      const fill = scale.colour(cell.value);
      const x = LABEL + c * CELL_W;
      const head = map.columns[c];
      parts.push(
        `<g><title>${htmlEscape(`${row.label} · ${head?.code ?? ''} ${head?.name ?? ''}: ${cell.text}`)}</title>` +
          `<rect x="${px(x)}" y="${px(y)}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${fill}"/>` +
          `<text x="${px(x + (CELL_W - 2) / 2)}" y="${px(y + CELL_H - 7)}" font-size="11" text-anchor="middle" fill="${inkOn(fill)}">${htmlEscape(cell.text)}</text></g>`,
      );
    });
  });
  return svgFrame({
    width: LABEL + map.columns.length * CELL_W + 4,
    height: HEAD + map.rows.length * CELL_H + 4,
    title: map.title,
    body: parts.join(''),
  });
}
