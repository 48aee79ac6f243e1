import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvinceCsv, provinceCsvPath } from '../../../scripts/make-province-data.js';
import provinceData from '../../../src/core/province/province-data.json' with { type: 'json' };
import { provinceRegistry, provincesOfEra } from '../../../src/core/province/province-registry.js';
import { foldText } from '../../../src/core/text/fold-text.js';
import { HUE_PRE_2025 } from '../../helpers/hue-pre-2025.js';

describe('province registry', () => {
  it('agrees with indicators/provinces.csv (run scripts/make-province-data.ts after editing it)', () => {
    const fromCsv = parseProvinceCsv(readFileSync(provinceCsvPath, 'utf8'));
    expect(provinceData).toEqual(fromCsv);
  });

  it('agrees with the reference table on every code, name, type and successor', () => {
    const reference = readFileSync(
      new URL('../../fixtures/reference/provinces-reference.csv', import.meta.url),
      'utf8',
    );
    const rows = reference.trim().split('\n').slice(1);
    // The one deliberate difference (spec §1): the reference keeps code 46 as the province
    // Thừa Thiên Huế for the whole pre-2025 era, but NQ 175/2024/QH15 made it the centrally-run
    // city of Huế from 2025-01-01. The registry's row has the latest name and type, dated from
    // that change, and keeps "Thừa Thiên Huế" as an alias (tested below).
    const corrections = new Map([['pre-2025,46', 'Huế,city,2025-01-01,2025-06-30,46']]);
    const mine = new Map(
      provinceRegistry.map((u) => [
        `${u.era},${u.code}`,
        `${u.name},${u.type},${u.validFrom ?? ''},${u.validTo ?? ''},${u.successor ?? ''}`,
      ]),
    );
    expect(mine.size).toBe(rows.length);
    for (const row of rows) {
      const [era, code, ...rest] = row.split(',');
      const key = `${era},${code}`;
      expect(mine.get(key), key).toBe(corrections.get(key) ?? rest.join(','));
    }
  });

  it.each([
    ['2025', 34],
    ['pre-2025', 63],
    ['all', 97],
  ] as const)('era %s has %i units', (era, count) => {
    expect(provincesOfEra(era)).toHaveLength(count);
  });

  it('lists 2025 first, in code order within each era', () => {
    const keys = provinceRegistry.map((u) => `${u.era === '2025' ? 0 : 1}:${u.code}`);
    expect(keys).toEqual([...keys].sort());
  });

  // Huế (46) became a centrally-run city on 2025-01-01 (NQ 175/2024/QH15), so the last half-year
  // of the pre-2025 era had 57 provinces and 6 cities (domain notes §4.1).
  it('has 28 provinces and 6 cities from 2025, 57 provinces and 6 cities before', () => {
    const count = (era: '2025' | 'pre-2025', type: string): number =>
      provincesOfEra(era).filter((u) => u.type === type).length;
    expect([count('2025', 'province'), count('2025', 'city')]).toEqual([28, 6]);
    expect([count('pre-2025', 'province'), count('pre-2025', 'city')]).toEqual([57, 6]);
  });

  it('keeps code 46 as one pre-2025 row: the city of Huế from 2025-01-01, alias Thừa Thiên Huế', () => {
    const hue = provincesOfEra('pre-2025').filter((u) => u.code === '46');
    expect(hue).toEqual([HUE_PRE_2025]);
  });

  it('gives every pre-2025 unit a 2025 successor and dates every unit', () => {
    const current = new Set(provincesOfEra('2025').map((u) => u.code));
    // Only a unit whose status changed inside the era starts later than the era (46, above).
    for (const unit of provincesOfEra('pre-2025')) {
      expect(current.has(unit.successor ?? '')).toBe(true);
      const from = unit.code === '46' ? '2025-01-01' : null;
      expect([unit.validFrom, unit.validTo], unit.code).toEqual([from, '2025-06-30']);
    }
    for (const unit of provincesOfEra('2025')) {
      expect([unit.validFrom, unit.validTo, unit.successor]).toEqual(['2025-07-01', null, null]);
    }
    expect(provincesOfEra('pre-2025').find((u) => u.code === '70')?.successor).toBe('75');
    expect(provincesOfEra('pre-2025').find((u) => u.code === '22')?.successor).toBe('22');
  });

  it('has no alias that folds to a name or alias of a different unit in the same era', () => {
    for (const era of ['2025', 'pre-2025'] as const) {
      const owner = new Map<string, string>();
      for (const unit of provincesOfEra(era)) {
        for (const text of [unit.name, ...unit.aliases]) {
          const key = foldText(text).replace(/^(tinh|thanh pho|tp) /, '');
          expect(owner.get(key) ?? unit.code, `${era} ${text}`).toBe(unit.code);
          owner.set(key, unit.code);
        }
      }
    }
  });

  it('never lists a merged-away name as an alias of its successor', () => {
    const retired = provincesOfEra('pre-2025').filter((u) => u.successor !== u.code);
    const currentAliases = new Set(provincesOfEra('2025').flatMap((u) => u.aliases.map(foldText)));
    for (const unit of retired) expect(currentAliases.has(foldText(unit.name))).toBe(false);
  });

  it.each([
    ['a pre-2025 unit that starts after its era', 'pre-2025,46,Huế,city,2025-07-01,2025-06-30,46,'],
    ['a pre-2025 unit that outlives its era', 'pre-2025,46,Huế,city,,2025-12-31,46,'],
  ])('the generator refuses %s', (_, row) => {
    const csv = readFileSync(provinceCsvPath, 'utf8').replace(/^pre-2025,46,.*$/m, row);
    expect(() => parseProvinceCsv(csv)).toThrow(/pre-2025 unit 46 has dates outside its era/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(provinceRegistry)).toBe(true);
    expect(Object.isFrozen(provinceRegistry[0])).toBe(true);
  });
});

describe('provinceRegistry order', () => {
  it('is 2025 units first, each era in the code order the locale gives', () => {
    const era = (unit: { era: string }) => (unit.era === '2025' ? 0 : 1);
    const expected = [...provinceRegistry].sort(
      (a, b) => era(a) - era(b) || a.code.localeCompare(b.code),
    );
    expect(provinceRegistry.map((unit) => unit.code)).toEqual(expected.map((unit) => unit.code));
    expect(provinceRegistry.every((unit) => /^\d{2}$/.test(unit.code))).toBe(true);
  });
});
