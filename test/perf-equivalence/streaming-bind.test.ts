// The streamed CSV path (io/csv-stream.ts + a sheet's `rest`, bound in two passes) must give
// exactly what the whole-file path gives: the same findings (codes, order, places, arguments),
// the same dataset, and with `summary` the same findings and entity labels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bindSource } from '../../src/core/bind/bind-source.js';
import { openCsv } from '../../src/io/csv/csv-stream.js';
import { readCsv } from '../../src/io/csv/read-csv.js';
import type { ReadOptions } from '../../src/io/files/read-options.js';
import { exampleSet } from '../helpers/fake-set.js';
import { NO_OPTIONS } from '../core/bind/raw-source-builder.js';

const READ: ReadOptions = { encoding: 'auto', sheet: null, maxSize: 50 * 1024 * 1024 };
const set = exampleSet();

const VALUES = [
  '85,5',
  '85.5',
  '1,234',
  '2.500',
  '1.234,5',
  '1,234.5',
  '0,5',
  '0.75',
  '12',
  '-3',
  '85 %',
  'N/A',
  '-',
  '',
  ' ',
  'abc',
  'x',
  'có',
  '#DIV/0!',
  'a\u0001b',
  '"a\nb"',
  '"7,5"',
  '"1\r\n2"',
];
const LABELS = ['Xã A', 'Xã B', 'Phường 1', 'xa a', 'Xã \u0002C', 'Tổng cộng', ''];
const WIDE_HEADERS = ['HT.01', 'DV.01', 'DV.04', 'DV.02', 'Lạ', 'XX.99', 'HT.01', ''];
const LONG_CODES = ['HT.01', 'HT.02', 'DV.01', 'DV.02', 'DV.03', 'DV.04', 'DV.05', 'ZZ.01', ''];

interface Spec {
  wide: boolean;
  delimiter: ',' | ';' | '\t';
  bom: boolean;
  sepLine: boolean;
  title: boolean;
  crlf: boolean;
  headers: number[];
  rows: Array<{ label: number; values: number[]; extra: number }>;
  footer: boolean;
  trailingBlank: boolean;
}

function field(text: string, delimiter: string): string {
  if (text.startsWith('"')) return text;
  return text.includes(delimiter) ? `"${text}"` : text;
}

function csvText(spec: Spec): string {
  const d = spec.delimiter;
  const nl = spec.crlf ? '\r\n' : '\n';
  const lines: string[] = [];
  if (spec.sepLine) lines.push(`sep=${d}`);
  if (spec.title) lines.push('BIỂU SỐ LIỆU', '');
  if (spec.wide) {
    lines.push(['Xã/Phường', ...spec.headers.map((h) => WIDE_HEADERS[h]!)].join(d));
  } else {
    lines.push(['Mã chỉ số', 'Giá trị', 'Tử số', 'Mẫu số'].join(d));
  }
  for (const row of spec.rows) {
    const width = spec.wide ? spec.headers.length : 3;
    const values = Array.from({ length: width }, (_, i) =>
      field(VALUES[row.values[i % row.values.length]!]!, d),
    );
    // extra: 0 → as wide as the header, 1 → one field short, 2 → text beyond, 3 → blank row
    if (row.extra === 1) values.pop();
    if (row.extra === 2) values.push('thừa');
    const first = spec.wide ? LABELS[row.label]! : LONG_CODES[row.label % LONG_CODES.length]!;
    lines.push(row.extra === 3 ? '' : [field(first, d), ...values].join(d));
  }
  if (spec.footer) lines.push(`Người lập biểu${d}${d}Thủ trưởng`, `Xã Z${d}1`);
  if (spec.trailingBlank) lines.push('', d + d);
  return (spec.bom ? '\ufeff' : '') + lines.join(nl) + nl;
}

const specArb: fc.Arbitrary<Spec> = fc
  .record({
    wide: fc.boolean(),
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    bom: fc.boolean(),
    sepLine: fc.boolean(),
    title: fc.boolean(),
    crlf: fc.boolean(),
    headers: fc.array(fc.nat(WIDE_HEADERS.length - 1), { minLength: 1, maxLength: 6 }),
    rows: fc.array(
      fc.record({
        label: fc.nat(LABELS.length * 2),
        values: fc.array(fc.nat(VALUES.length - 1), { minLength: 1, maxLength: 6 }),
        extra: fc.constantFrom(0, 0, 0, 0, 1, 2, 3),
      }),
      { minLength: 32, maxLength: 90 },
    ),
    footer: fc.boolean(),
    trailingBlank: fc.boolean(),
  })
  .map((spec) => ({
    ...spec,
    rows: spec.rows.map((row) => ({ ...row, label: row.label % LABELS.length })),
  }));

function compare(text: string, decimal: 'auto' | 'comma' | 'dot', chunkBytes: number): boolean {
  const bytes = new TextEncoder().encode(text);
  const options = { ...NO_OPTIONS, decimal };
  const whole = bindSource(readCsv(bytes, 'data.csv', READ), set, options);
  const tuning = { streamBytes: 0, batchRows: 3, chunkBytes };
  const streamed = openCsv(bytes, 'data.csv', READ, tuning);
  expect(bindSource(streamed, set, options)).toEqual(whole);
  const summary = bindSource(openCsv(bytes, 'data.csv', READ, tuning), set, options, 'summary');
  expect(summary.findings).toEqual(whole.findings);
  expect(summary.layout).toEqual(whole.layout);
  expect(summary.entities.map((e) => [e.label, e.province, e.year])).toEqual(
    whole.entities.map((e) => [e.label, e.province, e.year]),
  );
  expect(summary.entities.every((e) => e.values.size === 0)).toBe(true);
  // What it keeps instead of the values: which indicators have one, as the whole dataset says.
  const codes = set.indicators.map((indicator) => indicator.code);
  expect(summary.entities.map((e) => codes.filter((code) => e.reported?.has(code)))).toEqual(
    whole.entities.map((e) => codes.filter((code) => (e.values.get(code)?.value ?? null) !== null)),
  );
  return streamed.sheets[0]?.rest !== undefined;
}

describe('streamed CSV binding', () => {
  it('gives the same findings and dataset as the whole-file path', () => {
    let streamedCount = 0;
    fc.assert(
      fc.property(
        specArb,
        fc.constantFrom('auto' as const, 'comma' as const, 'dot' as const),
        fc.constantFrom(7, 64, 4096),
        (spec, decimal, chunk) => {
          if (compare(csvText(spec), decimal, chunk)) streamedCount += 1;
        },
      ),
      { numRuns: 120 },
    );
    // Most generated files are long enough to stream past their first 30 records.
    expect(streamedCount).toBeGreaterThan(20);
  });

  it('streams a wide file with every kind of problem', () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({
      label: i % LABELS.length,
      values: [i % VALUES.length, (i * 7) % VALUES.length, (i * 3) % VALUES.length],
      extra: i % 11 === 5 ? 1 : i % 13 === 6 ? 2 : i % 17 === 8 ? 3 : 0,
    }));
    const spec: Spec = {
      wide: true,
      delimiter: ';',
      bom: true,
      sepLine: true,
      title: true,
      crlf: true,
      headers: [0, 1, 2, 3, 4, 5, 6, 7],
      rows,
      footer: true,
      trailingBlank: true,
    };
    expect(compare(csvText(spec), 'auto', 64)).toBe(true);
  });

  it('streams up to an unclosed quote, reporting it as the whole-file reader does', () => {
    const lines = ['Xã/Phường,HT.01,DV.01'];
    for (let i = 1; i <= 60; i++) lines.push(`Xã ${i},"${i},5",${i}`);
    lines.push('Xã 61,"12,5,7');
    lines.push('Xã 62,1,2');
    const text = lines.join('\n') + '\n';
    expect(compare(text, 'auto', 32)).toBe(true);
    const whole = bindSource(readCsv(new TextEncoder().encode(text), 'data.csv', READ), set, {
      ...NO_OPTIONS,
    });
    expect(whole.findings.map((f) => f.code)).toContain('FILE_CSV_QUOTE');
  });

  it('reads a short file whole', () => {
    const text = 'Xã/Phường,HT.01\nXã A,"85,5"\n';
    const source = openCsv(new TextEncoder().encode(text), 'data.csv', READ, { streamBytes: 0 });
    expect(source.sheets[0]?.rest).toBeUndefined();
  });
});
