import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provincesOfEra } from '../../../src/core/province/province-registry.js';
import type { ProvinceUnit } from '../../../src/core/province/province-unit.js';
import {
  resolveProvince,
  type ProvinceResolution,
} from '../../../src/core/province/resolve-province.js';

/** "ok 75 2025", "retired 70 → 75", "ambiguous 01,75", "unknown Đồng Nai|…" */
function summary(resolution: ProvinceResolution): string {
  switch (resolution.kind) {
    case 'ok':
      return `ok ${resolution.unit.code} ${resolution.unit.era}`;
    case 'retired':
      return `retired ${resolution.unit.code} → ${resolution.successor.code}`;
    case 'ambiguous':
      return `ambiguous ${resolution.candidates.map((unit) => unit.code).join(',')}`;
    case 'unknown':
      return `unknown ${resolution.suggestions.map((unit) => unit.name).join('|')}`;
  }
}

describe('resolveProvince', () => {
  it.each<[string, number | null, string]>([
    // Spec §3.3 examples
    ['TP. Hồ Chí Minh', 2025, 'ok 79 2025'],
    ['Thanh Hoá', 2025, 'ok 38 2025'],
    ['Thanh Hóa', 2025, 'ok 38 2025'],
    ['Dak Lak', 2025, 'ok 66 2025'],
    ['DONG NAI', 2025, 'ok 75 2025'],
    ['Tỉnh Đồng Nai', 2025, 'ok 75 2025'],
    ['tinh dong nai', 2025, 'ok 75 2025'],
    // Whitespace and invisible characters (reliability U4)
    ['Đồng  Nai', 2025, 'ok 75 2025'],
    ['  Đồng Nai  ', 2025, 'ok 75 2025'],
    ['Đồng\u00a0Nai', 2025, 'ok 75 2025'],
    ['Đồng\u200bNai', 2025, 'ok 75 2025'],
    ['Đồng \u200bNai', 2025, 'ok 75 2025'],
    ['\ufeffĐồng Nai', 2025, 'ok 75 2025'],
    ['Đồng Nai'.normalize('NFD'), 2025, 'ok 75 2025'],
    ['Đồng\tNai', 2025, 'ok 75 2025'],
    ['dong-nai', 2025, 'ok 75 2025'],
    ['dong_nai', 2025, 'ok 75 2025'],
    ['DongNai', 2025, 'ok 75 2025'],
    // Tone placement: old "Hoà", new "Hòa"
    ['Hoà Bình', 2024, 'ok 17 pre-2025'],
    ['Hòa Bình', 2024, 'ok 17 pre-2025'],
    ['Khánh Hoà', 2025, 'ok 56 2025'],
    // Spelling variants and aliases
    ['Đắc Lắc', 2025, 'ok 66 2025'],
    ['Dac Lac', 2024, 'ok 66 pre-2025'],
    ['Đắk Lắc', 2025, 'ok 66 2025'],
    ['Daklak', 2025, 'ok 66 2025'],
    ['Đắc Nông', 2024, 'ok 67 pre-2025'],
    ['Bắc Cạn', 2020, 'ok 06 pre-2025'],
    ['TP HCM', 2025, 'ok 79 2025'],
    ['TP.HCM', 2025, 'ok 79 2025'],
    ['TPHCM', 2025, 'ok 79 2025'],
    ['tp.hcm', null, 'ok 79 2025'],
    ['HCM', 2025, 'ok 79 2025'],
    ['HCMC', 2025, 'ok 79 2025'],
    ['Sài Gòn', 2025, 'ok 79 2025'],
    ['Saigon', 2024, 'ok 79 pre-2025'],
    ['Ho Chi Minh City', 2025, 'ok 79 2025'],
    ['Thành phố Hồ Chí Minh', 2025, 'ok 79 2025'],
    ['Hanoi', 2025, 'ok 01 2025'],
    ['Ha Noi', 2025, 'ok 01 2025'],
    ['Hà Nội City', 2025, 'ok 01 2025'],
    ['Danang', 2025, 'ok 48 2025'],
    ['Da Nang City', 2025, 'ok 48 2025'],
    ['Haiphong', 2025, 'ok 31 2025'],
    ['Cantho', 2025, 'ok 92 2025'],
    ['Kontum', 2024, 'ok 62 pre-2025'],
    ['Kon Tum Province', 2024, 'ok 62 pre-2025'],
    ['Quang Nam Province', 2024, 'ok 49 pre-2025'],
    ['BRVT', 2024, 'ok 77 pre-2025'],
    ['Bà Rịa – Vũng Tàu', 2024, 'ok 77 pre-2025'],
    ['Ba Ria Vung Tau', 2024, 'ok 77 pre-2025'],
    // Huế: Thừa Thiên Huế (province, code 46) became the city of Huế, same code
    ['Huế', 2025, 'ok 46 2025'],
    ['Thành phố Huế', 2025, 'ok 46 2025'],
    ['Thừa Thiên Huế', 2025, 'ok 46 2025'],
    ['Thừa Thiên - Huế', 2025, 'ok 46 2025'],
    ['Thừa Thiên Huế', 2024, 'ok 46 pre-2025'],
    ['Huế', 2024, 'ok 46 pre-2025'],
    ['Thừa Thiên Huế', null, 'ok 46 2025'],
    // Code 46 is one pre-2025 row (the city of Huế from 2025-01-01, spec §1); its validFrom never
    // rejects earlier data of the era, under either name
    ['46', 2024, 'ok 46 pre-2025'],
    ['46', 2019, 'ok 46 pre-2025'],
    ['Thừa Thiên Huế', 2022, 'ok 46 pre-2025'],
    ['Thừa Thiên - Huế', 2022, 'ok 46 pre-2025'],
    ['Tỉnh Thừa Thiên Huế', 2020, 'ok 46 pre-2025'],
    ['TT-Huế', 2022, 'ok 46 pre-2025'],
    ['Thành phố Huế', 2024, 'ok 46 pre-2025'],
    ['46 - Thừa Thiên Huế', 2023, 'ok 46 pre-2025'],
    // Spellings of published tables (DTI 2022, dti.gov.vn; ministry reports)
    ['TP. Đà Nẵng', 2022, 'ok 48 pre-2025'],
    ['TP.Đà Nẵng', 2025, 'ok 48 2025'],
    ['TP Hồ Chí Minh', 2022, 'ok 79 pre-2025'],
    ['TP. Hồ Chí Minh', 2022, 'ok 79 pre-2025'],
    ['Tp. Hồ Chí Minh', 2025, 'ok 79 2025'],
    ['T.P Hồ Chí Minh', 2025, 'ok 79 2025'],
    ['Thành phố Cần Thơ', 2022, 'ok 92 pre-2025'],
    ['TP. Cần Thơ', 2022, 'ok 92 pre-2025'],
    ['TP. Hải Phòng', 2022, 'ok 31 pre-2025'],
    ['TP. Hà Nội', 2022, 'ok 01 pre-2025'],
    ['Thủ đô Hà Nội', 2025, 'ok 01 2025'],
    ['Thủ đô Hà Nội', null, 'ok 01 2025'],
    ['Thủ đô', 2025, 'unknown '],
    ['Bà Rịa-Vũng Tàu', 2022, 'ok 77 pre-2025'],
    ['Đăk Lăk', 2022, 'ok 66 pre-2025'],
    ['Đăk Nông', 2022, 'ok 67 pre-2025'],
    // Codes resolve within their era
    ['52', 2025, 'ok 52 2025'],
    ['52', 2024, 'ok 52 pre-2025'],
    ['15', 2025, 'ok 15 2025'],
    ['15', 2020, 'ok 15 pre-2025'],
    ['075', 2025, 'ok 75 2025'],
    ['1', 2025, 'ok 01 2025'],
    ['01', null, 'ok 01 2025'],
    ['7', 2025, 'unknown '],
    ['99', 2025, 'unknown '],
    ['100', 2025, 'unknown '],
    ['70', 2024, 'ok 70 pre-2025'],
    ['70', 2025, 'retired 70 → 75'],
    ['70', null, 'ok 70 pre-2025'],
    // Code and name together must agree
    ['75 - Đồng Nai', 2025, 'ok 75 2025'],
    ['75 Đồng Nai', 2025, 'ok 75 2025'],
    ['Đồng Nai (75)', 2025, 'ok 75 2025'],
    ['75 - Hà Nội', 2025, 'ambiguous 75,01'],
    // Era rules
    ['Bình Phước', 2025, 'retired 70 → 75'],
    ['Bình Phước', 2026, 'retired 70 → 75'],
    ['Bình Phước', 2024, 'ok 70 pre-2025'],
    ['Bình Phước', null, 'ok 70 pre-2025'],
    ['Hoà Bình', 2025, 'retired 17 → 25'],
    ['Bình Dương', 2025, 'retired 74 → 79'],
    ['BRVT', 2025, 'retired 77 → 79'],
    ['Kontum', 2025, 'retired 62 → 51'],
    ['Quảng Ninh', 2025, 'ok 22 2025'],
    ['Quảng Ninh', null, 'ok 22 2025'],
    ['Quảng Ninh', 2024, 'ok 22 pre-2025'],
    ['Gia Lai', 2024, 'ok 64 pre-2025'],
    ['Gia Lai', 2025, 'ok 52 2025'],
    ['Lào Cai', 2024, 'ok 10 pre-2025'],
    ['Lào Cai', 2025, 'ok 15 2025'],
    // Unknown, with the closest names
    ['Dong Na', 2025, 'unknown Đồng Nai'],
    ['Đồng Nay', 2025, 'unknown Đồng Nai'],
    ['Vũng Tàu', 2024, 'unknown Bà Rịa - Vũng Tàu'],
    ['Binh Phuoc', 2025, 'retired 70 → 75'],
    ['Ha Tay', 2005, 'unknown Hà Nam|Hà Nội|Hà Tĩnh'],
    ['xyzzy', 2025, 'unknown '],
    ['', 2025, 'unknown '],
    ['   ', null, 'unknown '],
    ['Tỉnh', 2025, 'unknown '],
    // TCVN3 mojibake: unknown, but the decoded name is the suggestion
    ['§ång Nai', 2025, 'unknown Đồng Nai'],
    ['Hµ Néi', null, 'unknown Hà Nội'],
  ])('%j in %s → %s', (text, year, expected) => {
    expect(summary(resolveProvince(text, { year }))).toBe(expected);
  });

  it('names the successor unit of a retired province', () => {
    const resolution = resolveProvince('Bình Phước', { year: 2025 });
    expect(resolution).toMatchObject({
      kind: 'retired',
      unit: { code: '70', name: 'Bình Phước', era: 'pre-2025', validTo: '2025-06-30' },
      successor: { code: '75', name: 'Đồng Nai', era: '2025', validFrom: '2025-07-01' },
    });
  });

  it('counts a continuing unit once when the year is unknown', () => {
    const resolution = resolveProvince('Cao Bằng', { year: null });
    expect(resolution).toMatchObject({ kind: 'ok', unit: { code: '04', era: '2025' } });
  });

  it('reports two different candidates as ambiguous, never a guess', () => {
    const unit = (code: string, name: string, aliases: string[]): ProvinceUnit => ({
      code,
      name,
      type: 'province',
      era: '2025',
      validFrom: '2025-07-01',
      validTo: null,
      successor: null,
      aliases,
    });
    const units = [unit('01', 'Alpha', ['Shared']), unit('02', 'Beta', ['Shared'])];
    expect(summary(resolveProvince('shared', { year: 2025, units }))).toBe('ambiguous 01,02');
    expect(summary(resolveProvince('Alpha', { year: 2025, units }))).toBe('ok 01 2025');
  });

  describe.each(provincesOfEra('2025').map((unit) => [unit.name, unit] as const))(
    'current unit %s',
    (_name, unit) => {
      const plain = unit.name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
      const prefix = unit.type === 'city' ? 'TP. ' : 'Tỉnh ';
      it.each([unit.name, plain, unit.name.toUpperCase(), `${prefix}${unit.name}`, unit.code])(
        'resolves %j',
        (text) => {
          for (const year of [2025, null]) {
            expect(resolveProvince(text, { year })).toEqual({ kind: 'ok', unit });
          }
        },
      );
    },
  );

  it('resolves every pre-2025 name and code within its era', () => {
    for (const unit of provincesOfEra('pre-2025')) {
      expect(resolveProvince(unit.name, { year: 2024 })).toEqual({ kind: 'ok', unit });
      expect(resolveProvince(unit.code, { year: 2024 })).toEqual({ kind: 'ok', unit });
    }
  });

  // The 63 names exactly as the DTI 2022 ranking publishes them ("TP. Đà Nẵng", "Thừa Thiên -
  // Huế", "Bà Rịa - Vũng Tàu" …; dti.gov.vn/xep-hang-2022): 2022 data names 63 different units.
  it('resolves every name of the published DTI 2022 ranking to a different pre-2025 unit', () => {
    const csv = readFileSync(
      new URL('../../fixtures/reference/dti-2022-ranking.csv', import.meta.url),
      'utf8',
    );
    const names = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.replace(/^\d+,/, ''));
    expect(names).toHaveLength(63);
    const codes = names.map((name) => {
      const resolution = resolveProvince(name, { year: 2022 });
      expect(summary(resolution), name).toMatch(/^ok \d{2} pre-2025$/);
      return resolution.kind === 'ok' ? resolution.unit.code : name;
    });
    expect(new Set(codes).size).toBe(63);
  });
});
