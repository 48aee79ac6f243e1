import { describe, expect, it } from 'vitest';
import { collectingRows } from '../../src/cli/collecting-rows.js';
import type { RawRow, RawSource } from '../../src/core/table/raw-table.js';
import { makeFinding } from '../../src/core/findings/make-finding.js';

const row = (n: number): RawRow => ({ row: n, cells: [{ value: `x${n}`, row: n, column: 1 }] });

describe('collectingRows', () => {
  it('gives the same batches, every time they are read, and the same findings', () => {
    const batches = Array.from({ length: 45 }, (_, b) => [row(2 * b + 2), row(2 * b + 3)]);
    const finding = makeFinding('DATA_ROWS_SKIPPED', { count: 1 }, { file: 'a.csv' });
    const source: RawSource = {
      file: 'a.csv',
      kind: 'csv',
      sheets: [
        {
          name: null,
          hidden: false,
          rows: [row(1)],
          merges: [],
          rest: { batches: () => batches, findings: () => [finding] },
        },
      ],
      findings: [],
      sha256: 'abc',
    };
    const wrapped = collectingRows(source);
    const rest = wrapped.sheets[0]!.rest!;
    // Read twice (the binder does): 45 batches, a full collection after every 20th.
    expect([...rest.batches()]).toEqual(batches);
    expect([...rest.batches()]).toEqual(batches);
    expect(rest.findings()).toEqual([finding]);
    expect({ ...wrapped, sheets: [] }).toEqual({ ...source, sheets: [] });
    expect(wrapped.sheets[0]!.rows).toBe(source.sheets[0]!.rows);
  });

  it('leaves a source read whole as it is', () => {
    const source: RawSource = {
      file: 'b.csv',
      kind: 'csv',
      sheets: [{ name: null, hidden: false, rows: [row(1)], merges: [] }],
      findings: [],
    };
    expect(collectingRows(source)).toBe(source);
  });
});
