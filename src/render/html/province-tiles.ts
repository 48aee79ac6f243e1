/**
 * The tile maps of the units (spec §9.2): one square per unit, placed roughly where it lies — the
 * wide north, the narrow central strip stepping south-east, the south widening into the Mekong
 * delta. Each line is a row from north to south, each token a province code or `..` for sea and
 * neighbours; a test checks that every unit of the era appears exactly once.
 */
const TILES_2025 = `
.. 12 15 08 04 ..
11 14 25 19 20 ..
.. .. 01 24 22 ..
.. .. 37 33 31 ..
.. .. 38 .. .. ..
.. .. 40 .. .. ..
.. .. .. 42 .. ..
.. .. .. 44 .. ..
.. .. .. .. 46 ..
.. .. .. .. 48 ..
.. .. .. .. 51 ..
.. .. .. .. 52 ..
.. .. .. .. 66 ..
.. .. .. 68 56 ..
.. 80 79 75 .. ..
91 82 86 .. .. ..
.. 92 .. .. .. ..
.. 96 .. .. .. ..
`;

const TILES_PRE_2025 = `
.. 12 10 02 04 .. ..
11 .. 15 08 06 20 ..
.. 14 25 26 19 24 22
.. .. 17 01 27 30 31
.. .. .. 35 33 34 ..
.. .. 38 37 36 .. ..
.. .. 40 .. .. .. ..
.. .. .. 42 .. .. ..
.. .. .. 44 .. .. ..
.. .. .. .. 45 .. ..
.. .. .. .. 46 .. ..
.. .. .. .. 49 48 ..
.. .. .. .. 62 51 ..
.. .. .. .. 64 52 ..
.. .. .. .. 66 54 ..
.. .. .. 67 68 56 ..
.. .. 70 75 60 58 ..
.. 72 74 79 77 .. ..
89 87 80 82 .. .. ..
91 92 86 83 .. .. ..
.. 93 94 84 .. .. ..
96 95 .. .. .. .. ..
`;

export interface Tile {
  code: string;
  column: number;
  row: number;
}

function parse(grid: string): Tile[] {
  const tiles: Tile[] = [];
  grid
    .trim()
    .split('\n')
    .forEach((line, row) => {
      line
        .trim()
        .split(/\s+/)
        .forEach((token, column) => {
          if (token !== '..') tiles.push({ code: token, column, row });
        });
    });
  return tiles;
}

/** The tiles of the 34 units (era 2025) or of the 63 before the 2025 merger. */
export function provinceTiles(era: '2025' | 'pre-2025'): Tile[] {
  return parse(era === '2025' ? TILES_2025 : TILES_PRE_2025);
}
