import { describe, expect, it } from 'vitest';
import { bindSource } from '../../../src/core/bind/bind-source.js';
import type { RawSource } from '../../../src/core/table/raw-table.js';
import { exampleSet } from '../../helpers/example-set.js';
import { csvSource } from './raw-source-builder.js';

/** A CSV table of these rows, as the CSV reader gives it. */
const table = (rows: readonly (readonly string[])[]): RawSource =>
  csvSource('nop/khac.csv', rows.map((cells) => cells.join(',')).join('\n'));

/** A long CSV table: header row, then [code, value] rows. */
const longCsv = (codes: readonly string[]): RawSource =>
  table([['Mã chỉ số', 'Giá trị'], ...codes.map((code) => [code, '50'])]);

const options = { province: 'Hà Nội', year: 2025, decimal: 'auto', sheet: null } as const;
const codes = (source: RawSource) =>
  bindSource(source, exampleSet(), options).findings.map((f) => f.code);

describe('DATA_SET_MISMATCH (spec §6)', () => {
  it('most codes unknown: one mismatch error, then at most ten unknown codes without a hint', () => {
    const other = Array.from({ length: 14 }, (_, i) => `XA.${String(i + 1).padStart(2, '0')}`);
    const dataset = bindSource(longCsv(['HT.01', ...other]), exampleSet(), options);
    const [first, ...rest] = dataset.findings;
    expect(first).toMatchObject({
      code: 'DATA_SET_MISMATCH',
      file: 'nop/khac.csv',
      args: { count: 15, known: 1, more: 4 },
    });
    const unknown = rest.filter((f) => f.code === 'DATA_UNKNOWN_INDICATOR');
    expect(unknown).toHaveLength(10);
    expect(unknown.every((f) => f.args.hint === undefined)).toBe(true);
  });

  it('a few unknown codes among known ones stay per-cell errors with a hint', () => {
    expect(codes(longCsv(['HT.01', 'DV.01', 'HT.09']))).toEqual(['DATA_UNKNOWN_INDICATOR']);
  });

  it('a wide table for another set is recognised by its header words', () => {
    const source = table([
      ['Tỉnh', 'XA.01', 'XA.02', 'XA.03'],
      ['Hà Nội', '1', '2', '3'],
    ]);
    const dataset = bindSource(source, exampleSet(), { ...options, province: null });
    expect(dataset.layout).toBe('wide');
    expect(dataset.findings.map((f) => f.code)).toContain('DATA_SET_MISMATCH');
    expect(dataset.findings.map((f) => f.code)).not.toContain('DATA_NO_HEADER_ROW');
  });
});
