import { htmlEscape } from './html-escape.js';
import { colourScale, indexColour, inkOn, NO_DATA } from './svg-colours.js';
import { px, svgFrame, wrapLines } from './svg-frame.js';
import type { Tile } from './province-tiles.js';

export interface TileMap {
  title: string;
  tiles: readonly Tile[];
  /** What each tile shows: the unit's name, its index (or null) and the index as written. */
  unit(code: string): { name: string; value: number | null; text: string };
  /** Legend texts; `low` and `high` get the scale's ends as written (`percent`). */
  legend: { none: string };
  percent(value: number): string;
}

const TILE = 66;
const GAP = 4;
const STEP = TILE + GAP;
const LEGEND = 54;

/** One square per unit at its place in the grid, coloured by index, with code, name and index. */
export function svgTileMap(map: TileMap): string {
  const columns = Math.max(...map.tiles.map((t) => t.column)) + 1;
  const rows = Math.max(...map.tiles.map((t) => t.row)) + 1;
  const width = Math.max(columns * STEP, 280);
  const parts: string[] = [];
  const scale = colourScale(map.tiles.map((tile) => map.unit(tile.code).value));
  for (const tile of map.tiles) {
    const unit = map.unit(tile.code);
    const fill = scale.colour(unit.value);
    const ink = inkOn(fill);
    const x = tile.column * STEP;
    const y = tile.row * STEP;
    const lines = wrapLines(unit.name, 11);
    parts.push(
      `<g><title>${htmlEscape(`${tile.code} ${unit.name}: ${unit.text}`)}</title>` +
        `<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="4" fill="${fill}"/>` +
        `<text x="${x + 4}" y="${y + 12}" font-size="10" fill="${ink}">${htmlEscape(tile.code)}</text>` +
        `<text x="${x + TILE - 4}" y="${y + 12}" font-size="10" font-weight="bold" text-anchor="end" fill="${ink}">${htmlEscape(unit.text)}</text>` +
        lines
          .map(
            (line, i) =>
              `<text x="${px(x + TILE / 2)}" y="${y + 34 + i * 12}" font-size="11" text-anchor="middle" fill="${ink}">${htmlEscape(line)}</text>`,
          )
          .join('') +
        `</g>`,
    );
  }
  // The legend: the colour scale from the lowest index to the highest, grey for no score.
  const top = rows * STEP + 10;
  const steps = 10;
  const scaleWidth = 160;
  for (let i = 0; i < steps; i++) {
    parts.push(
      `<rect x="${px((i * scaleWidth) / steps)}" y="${top}" width="${px(scaleWidth / steps + 0.5)}" height="12" fill="${indexColour((i + 0.5) / steps)}"/>`,
    );
  }
  parts.push(
    `<text x="0" y="${top + 28}" font-size="11">${htmlEscape(map.percent(scale.min))}</text>`,
    `<text x="${scaleWidth}" y="${top + 28}" font-size="11" text-anchor="end">${htmlEscape(map.percent(scale.max))}</text>`,
    `<rect x="${scaleWidth + 16}" y="${top}" width="12" height="12" fill="${NO_DATA}"/>`,
    `<text x="${scaleWidth + 32}" y="${top + 11}" font-size="11">${htmlEscape(map.legend.none)}</text>`,
  );
  return svgFrame({
    width,
    height: rows * STEP + LEGEND,
    title: map.title,
    body: parts.join(''),
  });
}
