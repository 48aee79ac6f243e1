import { describe, expect, it } from 'vitest';
import type { ObservedValue } from '../../../src/core/table/dataset.js';
import { RowCodes, RowValues } from '../../../src/core/table/row-values.js';

const v = (value: number | boolean | null): ObservedValue => ({
  value,
  evidence: null,
  note: null,
});

describe('RowValues', () => {
  const codes = new RowCodes(['HT.01', 'HT.02', 'DV.01', 'DV.02']);
  // DV.01's cell was an error: no value, as a Map would not have had the key.
  const slots = [v(64.1), v(true), undefined, v(null)];
  const row = new RowValues(codes, slots);
  const map = new Map([
    ['HT.01', slots[0]!],
    ['HT.02', slots[1]!],
    ['DV.02', slots[3]!],
  ]);

  it('answers like the Map of the same values, in column order', () => {
    for (const code of ['HT.01', 'HT.02', 'DV.01', 'DV.02', 'XX.99']) {
      expect(row.get(code)).toBe(map.get(code));
      expect(row.has(code)).toBe(map.has(code));
    }
    expect(row.size).toBe(3);
    expect([...row]).toEqual([...map]);
    expect([...row.keys()]).toEqual([...map.keys()]);
    expect([...row.values()]).toEqual([...map.values()]);
    const seen: string[] = [];
    row.forEach((value, code, self) => {
      expect(self).toBe(row);
      seen.push(`${code}=${String(value.value)}`);
    });
    expect(seen).toEqual(['HT.01=64.1', 'HT.02=true', 'DV.02=null']);
  });

  it('a row kept without values is empty', () => {
    const empty = new RowValues(codes, []);
    expect(empty.size).toBe(0);
    expect(empty.get('HT.01')).toBeUndefined();
    expect([...empty]).toEqual([]);
  });
});
