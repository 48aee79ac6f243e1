// The fast CSV reader must read exactly what csv-parse reads, record for record (cells, lines,
// physical field counts), and stop — for csv-parse to go on — at any record it cannot read so.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunkEnd } from '../../../src/io/csv/csv-chunk-end.js';
import { csvFastRecords } from '../../../src/io/csv/csv-fast-records.js';
import {
  CSV_MAX_CELLS,
  csvParseOptions,
  csvRecord,
  prepareCsv,
  type CsvBody,
} from '../../../src/io/csv/read-csv.js';
import type { ParsedRecord } from '../../../src/io/csv/parsed-record.js';
import type { ReadOptions } from '../../../src/io/files/read-options.js';
import { TextPool } from '../../../src/io/csv/text-pool.js';

const READ: ReadOptions = { encoding: 'auto', sheet: null, maxSize: 50 * 1024 * 1024 };

function bodyOf(text: string): CsvBody {
  const prepared = prepareCsv(Buffer.from(text, 'utf8'), 't.csv', READ);
  if (!prepared.ok) throw new Error('not a CSV body');
  return prepared.body;
}

/** csv-parse alone, the way readCsv used it before the fast reader: the reference. */
function byCsvParse(csv: CsvBody): { records: ParsedRecord[]; failed: boolean } {
  const records: ParsedRecord[] = [];
  let lastEnd = 0;
  try {
    parse(csv.body, {
      ...csvParseOptions(csv.choice.delimiter),
      on_record: (fields: string[], info) => {
        records.push(csvRecord(csv, fields, lastEnd, info.bytes));
        lastEnd = info.bytes;
        return null;
      },
    });
  } catch {
    return { records, failed: true };
  }
  return { records, failed: false };
}

/** The fast reader over the body, in chunks of about `chunk` bytes (0: one pass). */
function byFastReader(
  csv: CsvBody,
  chunk = 0,
  maxCells = CSV_MAX_CELLS,
): { records: ParsedRecord[]; complete: boolean; stop: number; line: number } {
  const records: ParsedRecord[] = [];
  const { body } = csv;
  let pos = 0;
  let line = csv.firstLine;
  let cells = 0;
  while (pos < body.length) {
    const to = chunk === 0 ? body.length : csvChunkEnd(body, pos, chunk);
    const scan = csvFastRecords(
      body,
      pos,
      to,
      csv.choice.delimiter,
      line,
      maxCells - cells,
      (record) => {
        records.push(record);
      },
      new TextPool(),
    );
    pos = scan.stop;
    line = scan.line;
    cells += scan.cells;
    if (pos < to) return { records, complete: false, stop: pos, line };
  }
  return { records, complete: true, stop: pos, line };
}

function expectSameAsCsvParse(text: string, chunk = 0): boolean {
  const csv = bodyOf(text);
  const reference = byCsvParse(csv);
  const fast = byFastReader(csv, chunk);
  expect(fast.records).toEqual(reference.records.slice(0, fast.records.length));
  if (fast.complete) {
    expect(reference.failed).toBe(false);
    expect(fast.records).toHaveLength(reference.records.length);
  } else {
    // It stops at a record boundary, with the line csv-parse gives that record.
    const next = reference.records[fast.records.length];
    if (next !== undefined) expect(fast.line).toBe(next.row.row);
  }
  return fast.complete;
}

const DELIMITERS = [',', ';', '\t'] as const;
const NL = ['\n', '\r\n', '\r'] as const;
// Everything that matters to a CSV reader, plus Vietnamese, a combining mark, NBSP, an astral
// character and a C0 control.
const CHARS = [...'aZ05 ,;\t"\n\r.-', 'Đ', 'ệ', 'ư', '\u0301', '\u00a0', '😀', '\u0001'];

describe('csvFastRecords', () => {
  it.each(DELIMITERS)('reads random text as csv-parse does, or stops (delimiter %j)', (d) => {
    const text = fc.array(fc.constantFrom(...CHARS, '""', `"${d}`, `${d}"`), { maxLength: 60 });
    const outcomes = { complete: 0, stopped: 0 };
    fc.assert(
      fc.property(text, fc.constantFrom(0, 1, 5, 16), (parts, chunk) => {
        // A sep= line fixes the delimiter whatever the content.
        const complete = expectSameAsCsvParse(`sep=${d}\n${parts.join('')}`, chunk);
        outcomes[complete ? 'complete' : 'stopped'] += 1;
      }),
      { numRuns: 1500 },
    );
    // Both ways were taken: records read fast, and records left to csv-parse.
    expect(outcomes.complete).toBeGreaterThan(100);
    expect(outcomes.stopped).toBeGreaterThan(100);
  });

  it.each(DELIMITERS)('reads clean tables completely (delimiter %j)', (d) => {
    // Excel-style quoting: a field is quoted when it holds the delimiter or a quote; no line
    // breaks inside fields (those are the fast reader's fallback, tested above).
    const value = fc.string({ unit: fc.constantFrom(...'aZ05 ,;\t".-Đệư\u00a0😀'), maxLength: 6 });
    const quoted = value.map((v) =>
      v.includes(d) || v.includes('"') ? `"${v.replaceAll('"', '""')}"` : v,
    );
    const table = fc.array(
      fc.tuple(fc.array(quoted, { minLength: 1, maxLength: 5 }), fc.constantFrom(...NL)),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(table, fc.constantFrom(0, 1, 7), (rows, chunk) => {
        let text = `sep=${d}\n`;
        for (const [fields, nl] of rows) {
          // An empty record after a lone CR would turn that CR into half of a CRLF.
          text += fields.join(d) + (nl === '\n' && text.endsWith('\r') ? '\r' : nl);
        }
        expect(expectSameAsCsvParse(text, chunk)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it.each([
    ['a quoted line break', 'a,b\n1,2\n"x\ny",3\n4,5\n', 3],
    ['a quote inside an unquoted field', 'a,b\n1,2\nTrường "A",3\n', 3],
    ['text after a closing quote', 'a,b\n1,2\n"x"y,3\n', 3],
    ['a quote that never closes', 'a,b\n1,2\n"x,3\n', 3],
  ])('stops at %s, at that record, and csv-parse reads the rest', (_, text, line) => {
    const csv = bodyOf(text);
    const fast = byFastReader(csv);
    expect(fast.complete).toBe(false);
    expect(fast.records).toHaveLength(2);
    expect(fast.line).toBe(line);
    expect(expectSameAsCsvParse(text)).toBe(false);
  });

  it('leaves a non-ASCII delimiter to csv-parse', () => {
    const csv = bodyOf('sep=ệ\na\u1ec7b\n');
    expect(byFastReader(csv)).toMatchObject({ complete: false, stop: 0, line: 2 });
  });

  it('stops before the record that would pass the cell limit', () => {
    const csv = bodyOf('a,b\nc,d\ne,f\n');
    const fast = byFastReader(csv, 0, 5);
    expect(fast).toMatchObject({ complete: false, stop: 8, line: 3 });
    expect(fast.records.map((r) => r.row.cells.map((c) => c.value))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('stops after the record its taker refuses more after', () => {
    const csv = bodyOf('a,b\r\nc,d\r\ne,f\r\n');
    const seen: number[] = [];
    const scan = csvFastRecords(csv.body, 0, csv.body.length, ',', 1, CSV_MAX_CELLS, (r) => {
      seen.push(r.row.row);
      return r.row.row < 2;
    });
    expect(seen).toEqual([1, 2]);
    expect(scan).toEqual({ stop: 10, line: 3, cells: 4 });
  });

  it('keeps text verbatim, decodes non-ASCII fields and unescapes quotes', () => {
    const csv = bodyOf('Xã/Phường;"Đồng ""Nai""";" 64,1 ";;\n');
    const fast = byFastReader(csv);
    expect(fast.records[0]!.row.cells.map((c) => c.value)).toEqual([
      'Xã/Phường',
      'Đồng "Nai"',
      ' 64,1 ',
    ]);
    expect(fast.records[0]!.physical).toBe(5);
  });
});

describe('csvChunkEnd', () => {
  it.each([
    ['ab\ncd\n', 0, 1, 3],
    ['ab\r\ncd', 0, 1, 4],
    ['ab\rcd', 0, 1, 3],
    ['ab\r\ncd', 0, 2, 4],
    ['abcd', 0, 1, 4],
    ['ab\ncd\nef', 3, 1, 6],
  ])('%j from %i, about %i bytes → %i', (text, from, size, end) => {
    expect(csvChunkEnd(Buffer.from(text), from, size)).toBe(end);
  });
});

describe('TextPool', () => {
  it('gives one string per short text and leaves long ones alone', () => {
    const pool = new TextPool();
    const a = pool.intern(['64', '1'].join(','));
    expect(pool.intern(['6', '4,1'].join(''))).toBe(a);
    const long = 'x'.repeat(40);
    expect(pool.intern(long)).toBe(long);
  });
});
