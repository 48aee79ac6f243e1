import { describe, expect, it } from 'vitest';
import { RowReportedPool } from '../../../src/core/table/row-reported.js';
import { RowCodes } from '../../../src/core/table/row-values.js';

describe('RowReportedPool', () => {
  const codes = new RowCodes(['HT.01', 'HT.02', 'DV.01']);

  const take = (pool: RowReportedPool, present: number[]) => {
    for (const slot of present) pool.row[slot] = 1;
    return pool.take();
  };

  it('tells which codes of a row have a value', () => {
    const pool = new RowReportedPool(codes);
    const row = take(pool, [0, 2]);
    expect(['HT.01', 'HT.02', 'DV.01', 'XX.99'].map((code) => row.has(code))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('shares one object per pattern and starts each row empty', () => {
    const pool = new RowReportedPool(codes);
    const all = take(pool, [0, 1, 2]);
    const none = take(pool, []);
    expect(none.has('HT.01')).toBe(false);
    expect(take(pool, [0, 1, 2])).toBe(all);
    expect(take(pool, [])).toBe(none);
    const first = take(pool, [0]);
    expect(first).not.toBe(all);
    // The pattern kept is a copy: later rows written into the pool do not change it.
    take(pool, [1]);
    expect([first.has('HT.01'), first.has('HT.02')]).toEqual([true, false]);
  });
});
