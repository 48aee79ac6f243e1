import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/core/table/cell-address.js';
import {
  CELL_BLANK,
  CELL_NUMBER,
  CELL_STRING,
  RowBytes,
} from '../../../src/render/xlsx/xlsx-row-bytes.js';
import { xlsxSheetBytes } from '../../../src/render/xlsx/xlsx-sheet-bytes.js';
import { sheetFrame } from '../../../src/render/xlsx/xlsx-sheet-frame.js';
import { NumberTexts } from '../../../src/render/xlsx/xlsx-number-texts.js';
import { workbookTables } from '../../../src/render/xlsx/xlsx-workbook-tables.js';
import { XmlBytes, type BlockSink } from '../../../src/render/xlsx/xml-bytes.js';
import type { SheetSpec } from '../../../src/render/workbook/workbook-sheet.js';

interface Cell {
  column: number;
  style: number;
  kind: number;
  value: number;
}

/** The rows' XML the plain way, with template strings. */
function reference(rows: Cell[][], heights: number[] | null, firstRow: number): string {
  let xml = '';
  rows.forEach((row, r) => {
    const n = r + firstRow;
    const height = heights?.[r] ?? 0;
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
  return xml;
}

/**
 * A sink that keeps copies of the blocks and releases each a few blocks later, checking that no
 * byte of a held block changed before its release.
 */
function laggingSink(lag: number): { sink: BlockSink; text: () => string } {
  const parts: Buffer[] = [];
  const pending: { block: Uint8Array; copy: Buffer; release: () => void }[] = [];
  return {
    sink: (block, release) => {
      pending.push({ block, copy: Buffer.from(block), release });
      while (pending.length > lag) {
        const { block: held, copy, release: done } = pending.shift()!;
        expect(Buffer.compare(held, copy)).toBe(0);
        parts.push(copy);
        done();
      }
    },
    text: () => {
      for (const { block, copy } of pending) {
        expect(Buffer.compare(block, copy)).toBe(0);
        parts.push(copy);
      }
      pending.length = 0;
      return Buffer.concat(parts).toString('utf8');
    },
  };
}

/** The rows written through RowBytes with this block size and release lag. */
function written(
  rows: Cell[][],
  heights: number[] | null,
  firstRow: number,
  blockSize: number,
  lag: number,
  expected: { columns: number; styles: number } = { columns: 1, styles: 1 },
): string {
  const { sink, text } = laggingSink(lag);
  const xml = new XmlBytes(sink, blockSize);
  const bytes = new RowBytes(xml, firstRow, expected.columns, expected.styles, new NumberTexts());
  rows.forEach((row, r) => {
    bytes.openRow(r, heights?.[r] ?? 0);
    for (const { column, style, kind, value } of row) bytes.cell(column, style, kind, value);
    bytes.closeRow();
  });
  xml.flush();
  return text();
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

describe('RowBytes', () => {
  it('writes the cells as plain XML text would, at any block size and release lag', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.nat({ max: 16_383 }), cell), { maxLength: 12 }), {
          maxLength: 30,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1_048_000 }),
        fc.integer({ min: 128, max: 4096 }),
        fc.nat({ max: 3 }),
        (rawRows, withHeights, firstRow, blockSize, lag) => {
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
          // Columns and styles beyond those expected at the start are met as they come.
          const expected = { columns: lag % 2 === 0 ? 1 : 16_384, styles: lag + 1 };
          expect(written(rows, heights, firstRow, blockSize, lag, expected)).toBe(
            reference(rows, heights, firstRow),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a big sheet the same across many blocks, held or released at once', () => {
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
    const expected = reference(rows, null, 2);
    for (const [blockSize, lag] of [
      [1 << 20, 0],
      [1 << 20, 2],
      [65_536, 0],
      [65_536, 5],
      [4099, 1],
    ] as const) {
      expect(written(rows, null, 2, blockSize, lag, { columns: 50, styles: 15 })).toBe(expected);
    }
  });
});

describe('xlsxSheetBytes', () => {
  /** A sheet of `rows` × 20 numbers, streamed one row a step. */
  const numbers = (rows: number): SheetSpec => ({
    name: 'S',
    columns: Array.from({ length: 20 }, (_, c) => ({ header: `C${c}` })),
    rows: {
      count: rows,
      *write(to) {
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < 20; c++) to.number((r * 7919 + c) / 1000003);
          if (!to.end()) return;
          yield;
        }
      },
    },
    rules: [],
  });
  const around = {
    selected: true,
    page: null,
    drawing: null,
    reference: () => 'A1',
  };

  it('builds no more XML while the sink has a backlog, and goes on once it settles', async () => {
    // A deflater behind the writer returns a promise; without waiting on it a 100,000-row
    // workbook queued hundreds of MB of XML (docs/performance.md).
    const spec = numbers(3000);
    const parts: Buffer[] = [];
    let settle = (): void => {};
    const writing = xlsxSheetBytes(
      spec,
      sheetFrame(spec),
      workbookTables(),
      around,
      (block) => {
        parts.push(Buffer.from(block));
        if (parts.length !== 1) return undefined;
        return new Promise<void>((resolve) => {
          settle = resolve;
        });
      },
      { size: 65_536 },
    );
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(parts).toHaveLength(1);
    settle();
    await writing;
    expect(parts.length).toBeGreaterThan(10);
    const xml = Buffer.concat(parts).toString('utf8');
    expect(xml).toContain('<row r="3001"><c r="A3001"><v>');
    expect(xml.match(/<row /g)).toHaveLength(3001);
    expect(xml.endsWith('</worksheet>')).toBe(true);
  });

  it('gives the same bytes at any block size', async () => {
    const spec = numbers(500);
    const bytesAt = async (blockSize: number): Promise<string> => {
      const parts: Buffer[] = [];
      await xlsxSheetBytes(
        spec,
        sheetFrame(spec),
        workbookTables(),
        around,
        (block, release) => {
          parts.push(Buffer.from(block));
          release();
        },
        { size: blockSize },
      );
      return Buffer.concat(parts).toString('utf8');
    };
    const whole = await bytesAt(1 << 22);
    for (const size of [512, 4099, 65_536]) expect(await bytesAt(size)).toBe(whole);
  });
});
