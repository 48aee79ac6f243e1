import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindSource } from '../../src/core/bind/bind-source.js';
import type { RawCell, RawSource } from '../../src/core/table/raw-table.js';
import { coerceValue } from '../../src/core/values/coerce-value.js';
import { readIndicatorSet } from '../../src/io/yaml/read-indicator-set.js';
import { runCli, type Transcript } from '../helpers/run-cli.js';
import { buildXlsx } from '../helpers/xlsx-builder.js';
import { cellAddress, columnLetter } from '../../src/core/table/cell-address.js';
import { DEFAULT_MAX_SIZE } from '../../src/io/files/read-options.js';
import { readXlsx } from '../../src/io/xlsx/read-xlsx.js';
import { zipPreflight } from '../../src/io/xlsx/zip-preflight.js';
import { readCsv } from '../../src/io/csv/read-csv.js';
import { CELL_TEXT_MAX } from '../../src/io/files/cell-text-limit.js';
import { longRows, numberCell, ooxml, ooxmlParts, validRows } from '../helpers/corpus-ooxml.js';
import { writeZip } from '../helpers/zip-writer.js';
import { indicatorOf } from '../core/values/indicator-fixture.js';
import { setText } from './build-corpus.js';
import { prototypeSnapshot } from './corpus-check.js';

/**
 * Property-based fuzzing (fast-check) of every untrusted input: CSV text, workbook bytes, cell
 * values and indicator-set YAML. Each property has a fixed seed (so a failure replays exactly)
 * and a small numRuns, so the file stays within a few seconds of CI; a nightly run can raise
 * FUZZ_RUNS. The contract checked: data files exit 0 or 1, sets exit 0 or 2, never 3, never a
 * stack trace, never a polluted prototype, no temp file.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const runs = (n: number): number => RUNS ?? n;

let dir: string;
let set: string;
const protoBefore = prototypeSnapshot();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-fuzz-'));
  set = await setText();
  await writeFile(join(dir, 'set.yaml'), set);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectNoCrash(t: Transcript, allowed: readonly number[]): void {
  const all = `${t.stdout}\n${t.stderr}`;
  expect(allowed, all).toContain(t.exitCode);
  expect(all).not.toMatch(/\n\s+at /);
  expect(all).not.toMatch(/internal error|lỗi nội bộ/);
  expect(all).not.toContain('[object Object]');
}

async function validate(name: string, bytes: Uint8Array | string): Promise<Transcript> {
  await writeFile(join(dir, name), bytes);
  return runCli(['validate', '--set', 'set.yaml', '--format', 'json', name], { cwd: dir });
}

/** Pieces a broken or hostile CSV is made of. */
const csvPiece = fc.oneof(
  fc.constantFrom(
    ',',
    ';',
    '\t',
    '"',
    '""',
    '\n',
    '\r\n',
    '\r',
    '\uFEFF',
    'sep=;\n',
    '__proto__',
    'constructor',
    'Mã chỉ số',
    'Giá trị',
    'Tỉnh',
    'Năm',
    'HT.01',
    'HT.02',
    'DV.03',
    'Hà Nội',
    'Đồng Nai',
    'Có',
    '85%',
    '1.234,5',
    '1,234',
    '-',
    'N/A',
    '=HYPERLINK("x")',
    '@SUM(1)',
    '\u0000',
    '\u0007',
    '\u00a0',
    '\u200b',
    'e\u0301',
    '2025',
  ),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.integer({ min: 100, max: 3000 }).map((n) => 'x'.repeat(n)),
);
const csvText = fc.array(csvPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('fuzz: CSV text through validate', () => {
  it('exits 0 or 1, never crashes, never pollutes', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.boolean(), async (text, header) => {
        const body = header ? `Mã chỉ số,Giá trị\n${text}` : text;
        const t = await validate('fuzz.csv', body);
        expectNoCrash(t, [0, 1]);
      }),
      { seed: 20261122, numRuns: runs(60) },
    );
    expect(prototypeSnapshot()).toBe(protoBefore);
  });

  it('random bytes named .csv exit 0 or 1', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expectNoCrash(await validate('bytes.csv', bytes), [0, 1]);
      }),
      { seed: 7, numRuns: runs(40) },
    );
  });
});

describe('fuzz: mutated workbooks through validate', () => {
  let base: Buffer;
  beforeAll(async () => {
    base = await buildXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          cells: {
            A1: 'Mã chỉ số',
            B1: 'Giá trị',
            A2: 'HT.01',
            B2: 60,
            A3: 'HT.02',
            B3: 'Có',
            A4: 'DV.01',
            B4: 20,
          },
        },
      ],
    });
  });

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(64) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  function mutate(bytes: Buffer, ms: readonly Mutation[]): Buffer {
    let out = Buffer.from(bytes);
    for (const m of ms) {
      const at = out.length === 0 ? 0 : m.at % out.length;
      switch (m.kind) {
        case 'flip':
          if (out.length > 0) out[at] = out[at]! ^ (1 << m.bit);
          break;
        case 'set':
          if (out.length > 0) out[at] = m.byte;
          break;
        case 'insert':
          out = Buffer.concat([out.subarray(0, at), Buffer.from(m.bytes), out.subarray(at)]);
          break;
        case 'delete':
          out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
          break;
        case 'truncate':
          out = out.subarray(0, at);
          break;
      }
    }
    return out;
  }

  it('exits 0 or 1 whatever bytes are changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
        expectNoCrash(await validate('quang-ninh.xlsx', mutate(base, ms)), [0, 1]);
      }),
      { seed: 424242, numRuns: runs(60) },
    );
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('fuzz: mutated XML inside a well-formed zip (CRCs right, so ExcelJS parses it)', () => {
  const xmlPiece = fc.constantFrom(
    '<row>',
    '</row>',
    '<c r="B2">',
    '<c t="s"><v>7</v></c>',
    '<c r="A1" t="e"><v>#REF!</v></c>',
    '<c t="d"><v>2024-01-05</v></c>',
    '<c r="XFD1048577"><v>1</v></c>',
    '<f>1/0</f>',
    '<v>NaN</v>',
    '<is><r><t>x</t></r></is>',
    '<!DOCTYPE x>',
    '&amp;',
    '&bogus;',
    '"',
    '>',
    '<',
    '\u0000',
    '<mergeCell ref="A1:B9"/>',
  );
  const edit = fc.record({
    part: fc.constantFrom('xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/styles.xml'),
    at: fc.nat(),
    remove: fc.nat(12),
    insert: fc.oneof(xmlPiece, fc.string({ maxLength: 4 })),
  });

  it('exits 0 or 1 whatever the XML says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const parts = ooxmlParts();
        for (const e of edits) {
          const text = parts.get(e.part)!;
          const at = e.at % (text.length + 1);
          parts.set(e.part, text.slice(0, at) + e.insert + text.slice(at + e.remove));
        }
        const zip = writeZip([...parts].map(([name, data]) => ({ name, data })));
        expectNoCrash(await validate('quang-ninh.xlsx', zip), [0, 1]);
      }),
      { seed: 5150, numRuns: runs(50) },
    );
    expect(prototypeSnapshot()).toBe(protoBefore);
  });
});

describe('fuzz: cell values through coerceValue and bindSource', () => {
  const rawValue = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '\ud800', '1e400'),
  );
  const cell = fc.record({
    value: rawValue,
    percent: fc.option(fc.constant(true), { nil: undefined }),
    problem: fc.option(fc.constantFrom('formula-no-result', 'error-value', 'date'), {
      nil: undefined,
    }),
    errorText: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
  });

  it('coerceValue never throws, for every type and decimal mark', () => {
    const types = ['percent', 'number', 'count', 'boolean', 'level'] as const;
    fc.assert(
      fc.property(
        cell,
        fc.constantFrom(...types),
        fc.constantFrom('comma', 'dot', null),
        (c, type, decimal) => {
          const raw: RawCell = { row: 2, column: 2, value: c.value };
          if (c.percent) raw.percent = true;
          if (c.problem !== undefined) raw.problem = c.problem;
          if (c.errorText !== undefined) raw.errorText = c.errorText;
          const indicator = indicatorOf(type, type === 'percent' ? [0, 100] : [null, null], {
            method: 'levels',
            levels: [
              { label: { vi: 'Thấp', en: 'Low' }, score: 0 },
              { label: { vi: 'Cao', en: 'High' }, score: 1 },
            ],
          });
          const result = coerceValue(raw, indicator, decimal);
          expect(['value', 'missing', 'error']).toContain(result.kind);
        },
      ),
      { seed: 99, numRuns: runs(2000) },
    );
  });

  it('bindSource never throws on random sheets (headers, values, merges)', async () => {
    const loaded = await readIndicatorSet(join(dir, 'set.yaml'), dir);
    const resolved = loaded.set!;
    const headerWord = fc.constantFrom(
      'Mã chỉ số',
      'Giá trị',
      'Tỉnh',
      'Năm',
      'STT',
      'Minh chứng',
      '__proto__',
      'constructor',
      'HT.01',
      'DV.02',
      '',
    );
    const row = fc.array(fc.oneof(headerWord, rawValue), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.boolean(), (rows, xlsx) => {
        const source: RawSource = {
          file: 'quang-ninh.csv',
          kind: xlsx ? 'xlsx' : 'csv',
          sheets: [
            {
              name: xlsx ? 'Dữ liệu' : null,
              hidden: false,
              merges: xlsx ? ['A1:B1'] : [],
              rows: rows.map((values, r) => ({
                row: r + 1,
                cells: values.map((value, c) => ({ value, row: r + 1, column: c + 1 })),
              })),
            },
          ],
          findings: [],
        };
        const dataset = bindSource(source, resolved, {
          province: null,
          year: null,
          decimal: 'auto',
          sheet: null,
        });
        expect(Array.isArray(dataset.findings)).toBe(true);
      }),
      { seed: 31337, numRuns: runs(300) },
    );
    expect(prototypeSnapshot()).toBe(protoBefore);
  });
});

describe('fuzz: mutated indicator sets through indicators check', () => {
  const yamlPiece = fc.constantFrom(
    '&a ',
    '*a',
    '!!binary ',
    '!x ',
    '%YAML 1.1\n',
    '---\n',
    '\t',
    '  ',
    '- ',
    ': ',
    '? ',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '#',
    '\n',
    '__proto__: 1\n',
    'no',
    '1e400',
    '0,5',
    '08',
    '<<: ',
    '|',
    '>',
    'Đ',
  );
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat(20),
    insert: fc.oneof(yamlPiece, fc.string({ maxLength: 6 })),
  });

  it('exits 0 or 2, never 3, never a stack', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (edits) => {
        let text = set;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        await writeFile(join(dir, 'fuzz-set.yaml'), text);
        const t = await runCli(['indicators', 'check', 'fuzz-set.yaml'], { cwd: dir });
        expectNoCrash(t, [0, 2]);
      }),
      { seed: 1234, numRuns: runs(60) },
    );
    expect(prototypeSnapshot()).toBe(protoBefore);
  });
});

describe('fuzz: the shapes the red team found (issue 17)', () => {
  const options = { encoding: 'auto', sheet: null, maxSize: DEFAULT_MAX_SIZE } as const;

  it('any unaccounted bytes in the zip layout (EOCD gaps and the like) are refused', async () => {
    const valid = ooxml();
    const endAt = valid.length - 22;
    const directoryAt = valid.readUInt32LE(endAt + 16);
    // Structural boundaries: the start, between entries, before the directory, before and after
    // the end record.
    const boundaries = [0, directoryAt, endAt, valid.length];
    for (let at = 0; at < directoryAt;) {
      const nameLength = valid.readUInt16LE(at + 26);
      at += 30 + nameLength + valid.readUInt16LE(at + 28) + valid.readUInt32LE(at + 18);
      boundaries.push(at);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...boundaries),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        async (at, gap) => {
          const bytes = Buffer.concat([valid.subarray(0, at), gap, valid.subarray(at)]);
          const result = zipPreflight(bytes, 'gap.xlsx');
          expect(result.findings.map((f) => f.code)).toContain('FILE_XLSX_CORRUPT');
          expect(result.parts.size).toBe(0);
        },
      ),
      { seed: 1717, numRuns: runs(120) },
    );
  });

  it('sparse far cells: only the cells present are kept, wherever they are', async () => {
    const far = fc.record({
      row: fc.integer({ min: 10, max: 1_048_576 }),
      column: fc.integer({ min: 1, max: 16_384 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(far, { maxLength: 40, selector: (c) => c.row }),
        async (cells) => {
          const sorted = [...cells].sort((a, b) => a.row - b.row);
          const rows = sorted
            .map(
              (c) => `<row r="${c.row}">${numberCell(cellAddress(c.row, c.column), c.row)}</row>`,
            )
            .join('');
          const source = await readXlsx(ooxml({ sheet: validRows() + rows }), 'far.xlsx', options);
          expect(source.findings).toEqual([]);
          const read = source.sheets[0]!.rows.filter((r) => r.row >= 10);
          expect(read.map((r) => r.cells.map((c) => [r.row, c.column, c.value]))).toEqual(
            sorted.map((c) => [[c.row, c.column, c.row]]),
          );
        },
      ),
      { seed: 2024, numRuns: runs(40) },
    );
  });

  it('whole-column and whole-sheet ranges (validations, formats, columns) change nothing', async () => {
    const ref = fc
      .tuple(fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 16_384 }))
      .map(([a, b]) => `${columnLetter(Math.min(a, b))}1:${columnLetter(Math.max(a, b))}1048576`);
    const extra = fc.oneof(
      ref.map(
        (r) =>
          [
            '',
            `<dataValidations count="1"><dataValidation type="whole" sqref="${r}"><formula1>0</formula1></dataValidation></dataValidations>`,
          ] as const,
      ),
      ref.map(
        (r) =>
          [
            '',
            `<conditionalFormatting sqref="${r}"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>`,
          ] as const,
      ),
      fc
        .integer({ min: 1, max: 2 ** 31 - 1 })
        .map((max) => [`<cols><col min="1" max="${max}" width="9"/></cols>`, ''] as const),
    );
    const base = await readXlsx(ooxml(), 'base.xlsx', options);
    await fc.assert(
      fc.asyncProperty(fc.array(extra, { minLength: 1, maxLength: 3 }), async (extras) => {
        const before = extras.map((e) => e[0]).join('');
        const after = extras.map((e) => e[1]).join('');
        const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${validRows()}</sheetData>${after}</worksheet>`;
        const source = await readXlsx(
          ooxml({ replace: { 'xl/worksheets/sheet1.xml': sheet } }),
          'ranges.xlsx',
          options,
        );
        expect(source.findings).toEqual([]);
        expect(source.sheets[0]!.rows).toEqual(base.sheets[0]!.rows);
      }),
      { seed: 99, numRuns: runs(40) },
    );
  });

  it('merged ranges of any size keep exactly the top-left cell of each', async () => {
    const range = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) =>
        fc.tuple(
          fc.constant(r),
          fc.constant(c),
          fc.integer({ min: r, max: 1_048_576 }),
          fc.integer({ min: c, max: 16_384 }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(range, async ([r1, c1, r2, c2]) => {
        let rows = '';
        for (let r = 1; r <= 12; r++) {
          rows += `<row r="${r}">`;
          for (let c = 1; c <= 6; c++) rows += numberCell(cellAddress(r, c), r * 10 + c);
          rows += '</row>';
        }
        const ref = `${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;
        const source = await readXlsx(
          ooxml({
            sheet: rows,
            afterSheetData: `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`,
          }),
          'merged.xlsx',
          options,
        );
        const kept = source.sheets[0]!.rows.flatMap((row) => row.cells.map((c) => c.value));
        const inside = (r: number, c: number): boolean => r >= r1 && r <= r2 && c >= c1 && c <= c2;
        const expected: number[] = [];
        for (let r = 1; r <= 12; r++) {
          for (let c = 1; c <= 6; c++) {
            if (!inside(r, c) || (r === r1 && c === c1)) expected.push(r * 10 + c);
          }
        }
        expect(kept).toEqual(expected);
        expect(source.sheets[0]!.merges).toEqual([ref]);
      }),
      { seed: 7, numRuns: runs(40) },
    );
  });

  it('long sheet names (over 31 characters) are read as written', async () => {
    const nameChar = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzàáảãạăđêôơư ĐỒNG-0123456789_()'.split(''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(nameChar, { minLength: 32, maxLength: 120 }).map((cs) => cs.join('')),
        async (name) => {
          const source = await readXlsx(ooxml({ sheetName: name }), 'long.xlsx', options);
          expect(source.findings).toEqual([]);
          expect(source.sheets.map((s) => s.name)).toEqual([name.normalize('NFC')]);
        },
      ),
      { seed: 31, numRuns: runs(40) },
    );
    expectNoCrash(await validate('quang-ninh.xlsx', ooxml({ sheetName: 'x'.repeat(200) })), [0]);
  });

  it('a numeric <v> is its number when it is one, a finding at its cell when not', async () => {
    const text = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map(String),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.constantFrom(
        '12abc',
        '0x10',
        '1,5',
        '1e',
        '.',
        '+',
        '1_000',
        '١',
        'Infinity',
        ' 7 ',
        '0b1',
        '1e400',
      ),
    );
    await fc.assert(
      fc.asyncProperty(text, async (v) => {
        const escaped = v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const source = await readXlsx(
          ooxml({ sheet: longRows([['HT.01', `<c r="B2"><v>${escaped}</v></c>`]]) }),
          'v.xlsx',
          options,
        );
        const trimmed = v.trim();
        const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed);
        const b2 = source.sheets[0]?.rows[1]?.cells.find((c) => c.column === 2);
        if (trimmed === '') {
          expect(b2).toBeUndefined();
        } else if (decimal && Number.isFinite(Number(trimmed))) {
          expect(source.findings).toEqual([]);
          expect(b2?.value).toBe(Object.is(Number(trimmed), -0) ? 0 : Number(trimmed));
        } else {
          expect(b2).toBeUndefined();
          expect(source.findings).toHaveLength(1);
          expect(source.findings[0]).toMatchObject({ cell: 'B2', sheet: 'Dữ liệu' });
          expect(['FILE_XLSX_BAD_NUMBER', 'FILE_XLSX_UNSUPPORTED_CELL']).toContain(
            source.findings[0]!.code,
          );
        }
      }),
      { seed: 12, numRuns: runs(150) },
    );
  });

  it('cell text near 32,767 characters, in any pieces, is kept whole or cut there with a finding', async () => {
    // A text of runs (rich text in a workbook; one field in a CSV) around the cap.
    const runsOf = fc.array(
      fc.tuple(fc.constantFrom('a', 'Đ', '7', ' ', '😀'), fc.integer({ min: 1, max: 12_000 })),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(runsOf, fc.integer({ min: 0, max: 40 }), async (pieces, pad) => {
        const texts = pieces.map(([c, n]) => c.repeat(Math.ceil(n / c.length)));
        // Often right at the limit: pad the first run so the whole lands near it.
        const whole0 = texts.join('');
        if (whole0.length < CELL_TEXT_MAX)
          texts[0] += 'x'.repeat(Math.max(0, CELL_TEXT_MAX - whole0.length - 20 + pad));
        const whole = texts.join('');
        const cut = whole.length > CELL_TEXT_MAX;
        // Cut at the cap, one short when that would split a surrogate pair.
        const split = /[\uD800-\uDBFF]/.test(whole.charAt(CELL_TEXT_MAX - 1));
        const kept = cut ? CELL_TEXT_MAX - (split ? 1 : 0) : whole.length;
        const inline = `<c r="B2" t="inlineStr"><is>${texts.map((t) => `<r><t>${t}</t></r>`).join('')}</is></c>`;
        const workbook = await readXlsx(
          ooxml({ sheet: longRows([['HT.01', inline]]) }),
          'long.xlsx',
          options,
        );
        const csv = readCsv(
          Buffer.from(`Mã chỉ số,Giá trị\nHT.01,${whole}\n`),
          'long.csv',
          options,
        );
        for (const [source, place] of [
          [workbook, { cell: 'B2' }],
          [csv, { line: 2, column: 2 }],
        ] as const) {
          const value = source.sheets[0]!.rows[1]!.cells.find((c) => c.column === 2)!
            .value as string;
          expect(whole.startsWith(value)).toBe(true);
          expect(value.length).toBe(kept);
          expect(source.findings.map((f) => f.code)).toEqual(cut ? ['DATA_CELL_TOO_LONG'] : []);
          if (cut)
            expect(source.findings[0]).toMatchObject({ ...place, args: { length: whole.length } });
        }
      }),
      { seed: 32767, numRuns: runs(25) },
    );
  });
});
