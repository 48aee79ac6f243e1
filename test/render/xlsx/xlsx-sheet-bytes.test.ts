import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/core/table/cell-address.js';
import type { EncodedSheet } from '../../../src/render/xlsx/xlsx-encoded-sheet.js';
import {
  CELL_BLANK,
  CELL_NUMBER,
  CELL_STRING,
  xlsxSheetBytes,
} from '../../../src/render/xlsx/xlsx-sheet-bytes.js';

interface Cell {
  column: number;
  style: number;
  kind: number;
  value: number;
}

/** An encoded sheet of these rows (cells in column order), as the workbook encoder makes one. */
function encoded(rows: Cell[][], heights: number[] | null, firstRow: number): EncodedSheet {
  const cells = rows.flat();
  // Spare room past the last cell, as the encoder's growing arrays have.
  const room = cells.length + 5;
  const sheet: EncodedSheet = {
    head: '<worksheet><sheetData>',
    tail: '</sheetData></worksheet>',
    firstRow,
    rowCount: rows.length,
    rowEnds: new Int32Array(rows.length),
    columns: new Int32Array(room),
    styles: new Int32Array(room),
    kinds: new Uint8Array(room),
    values: new Float64Array(room),
    heights: heights === null ? null : Float64Array.from(heights),
    print: { orientation: 'portrait', scale: 100, repeatColumns: 0 },
  };
  let i = 0;
  rows.forEach((row, r) => {
    for (const cell of row) {
      sheet.columns[i] = cell.column;
      sheet.styles[i] = cell.style;
      sheet.kinds[i] = cell.kind;
      sheet.values[i] = cell.value;
      i++;
    }
    sheet.rowEnds[r] = i;
  });
  return sheet;
}

/** The same sheet's XML the plain way, with template strings. */
function reference(sheet: EncodedSheet, rows: Cell[][]): string {
  let xml = sheet.head;
  rows.forEach((row, r) => {
    const n = r + sheet.firstRow;
    const height = sheet.heights?.[r] ?? 0;
    xml += height > 0 ? `<row r="${n}" ht="${height}" customHeight="1">` : `<row r="${n}">`;
    for (const { column, style, kind, value } of row) {
      const s = style === 0 ? '' : ` s="${style}"`;
      const r = `${columnLetter(column + 1)}${n}`;
      if (kind === CELL_BLANK) xml += `<c r="${r}"${s}/>`;
      else if (kind === CELL_NUMBER) xml += `<c r="${r}"${s}><v>${value}</v></c>`;
      else xml += `<c r="${r}"${s} t="s"><v>${value}</v></c>`;
    }
    xml += '</row>';
  });
  return xml + sheet.tail;
}

/** The sheet's bytes with this block size; the sink releases each block a few blocks later. */
async function written(sheet: EncodedSheet, blockSize: number, lag: number): Promise<string> {
  const parts: Buffer[] = [];
  const pending: { block: Uint8Array; copy: Buffer; release: () => void }[] = [];
  await xlsxSheetBytes(
    sheet,
    (block, release) => {
      pending.push({ block, copy: Buffer.from(block), release });
      while (pending.length > lag) {
        const { block: held, copy, release: done } = pending.shift()!;
        // Not a byte of a held block may change before it is released.
        expect(Buffer.compare(held, copy)).toBe(0);
        parts.push(copy);
        done();
      }
    },
    blockSize,
  );
  for (const { block, copy } of pending) {
    expect(Buffer.compare(block, copy)).toBe(0);
    parts.push(copy);
  }
  return Buffer.concat(parts).toString('utf8');
}

const cell = fc.record({
  style: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1200 })),
  kind: fc.constantFrom(CELL_NUMBER, CELL_STRING, CELL_BLANK),
  number: fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: -5000, max: 5000 }).map((k) => k / 100),
  ),
  index: fc.nat({ max: 2_000_000 }),
});

describe('xlsxSheetBytes', () => {
  it('writes the cells as plain XML text would, at any block size and release lag', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.tuple(fc.nat({ max: 16_383 }), cell), { maxLength: 12 }), {
          maxLength: 30,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1_048_000 }),
        fc.integer({ min: 64, max: 4096 }),
        fc.nat({ max: 3 }),
        async (rawRows, withHeights, firstRow, blockSize, lag) => {
          const rows = rawRows.map((row) =>
            [...new Map(row.map(([column, c]) => [column, c])).entries()]
              .sort(([a], [b]) => a - b)
              .map(([column, c]) => ({
                column,
                style: c.style,
                kind: c.kind,
                value: c.kind === CELL_STRING ? c.index : c.kind === CELL_NUMBER ? c.number : 0,
              })),
          );
          // Some heights print long (25.583333333333332): rows reserve room for the longest.
          const heights = withHeights
            ? rows.map((_, r) => (r % 3 === 0 ? 0 : r % 3 === 1 ? 12.75 + r : (12.75 + r) / 3))
            : null;
          const sheet = encoded(rows, heights, firstRow);
          expect(await written(sheet, blockSize, lag)).toBe(reference(sheet, rows));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a big sheet the same across many blocks, held or released at once', async () => {
    // 50 columns × 4,000 rows of the communes report's shapes: shares with 17 digits, scores
    // with a few decimals, whole numbers, shared strings and blank input cells.
    const rows: Cell[][] = [];
    for (let r = 0; r < 4000; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < 50; c++) {
        const kind = c === 1 ? CELL_STRING : (r + c) % 41 === 0 ? CELL_BLANK : CELL_NUMBER;
        const value =
          kind === CELL_STRING
            ? r % 997
            : c % 3 === 0
              ? ((r * 7919 + c * 104729) % 1000003) / 1000003
              : c % 3 === 1
                ? ((r * 31 + c) % 10000) / 100
                : r * c;
        row.push({ column: c, style: c % 7 === 0 ? 0 : 10 + (c % 5), kind, value });
      }
      rows.push(row);
    }
    const sheet = encoded(rows, null, 2);
    const expected = reference(sheet, rows);
    for (const [blockSize, lag] of [
      [1 << 20, 0],
      [1 << 20, 2],
      [65_536, 0],
      [65_536, 5],
      [4099, 1],
    ] as const) {
      expect(await written(sheet, blockSize, lag)).toBe(expected);
    }
  });

  it('builds no more XML while the sink has a backlog, and goes on once it settles', async () => {
    // A deflater behind the writer returns a promise; without waiting on it a 100,000-row
    // workbook queued hundreds of MB of XML (docs/performance.md).
    const rows: Cell[][] = Array.from({ length: 3000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => ({
        column: c,
        style: 18,
        kind: CELL_NUMBER,
        value: (r * 7919 + c) / 1000003,
      })),
    );
    const sheet = encoded(rows, null, 2);
    const parts: Buffer[] = [];
    let settle = (): void => {};
    const writing = xlsxSheetBytes(
      sheet,
      (block) => {
        parts.push(Buffer.from(block));
        if (parts.length !== 1) return undefined;
        return new Promise<void>((resolve) => {
          settle = resolve;
        });
      },
      65_536,
    );
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(parts).toHaveLength(1);
    settle();
    await writing;
    expect(parts.length).toBeGreaterThan(10);
    expect(Buffer.concat(parts).toString('utf8')).toBe(reference(sheet, rows));
  });
});
