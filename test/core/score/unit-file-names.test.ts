import { describe, expect, it } from 'vitest';
import type { EntityScore } from '../../../src/core/score/report.js';
import { unitFileNames } from '../../../src/core/score/unit-file-names.js';

const entity = (
  label: string,
  province: { code: string; name: string } | null,
  year: number | null = 2025,
): EntityScore => ({ label, province, year }) as EntityScore;

describe('unitFileNames (spec §7 --split)', () => {
  it('names a unit by its code and the slug of its registry name', () => {
    expect(
      unitFileNames([
        entity('Dong Nai', { code: '75', name: 'Đồng Nai' }),
        entity('TP HCM', { code: '79', name: 'Hồ Chí Minh' }),
        entity('Ha Noi', { code: '01', name: 'Hà Nội' }),
      ]),
    ).toEqual(['75-dong-nai.report.xlsx', '79-ho-chi-minh.report.xlsx', '01-ha-noi.report.xlsx']);
  });

  it('without a code, by the slug of the label', () => {
    expect(unitFileNames([entity('Xã Tân An', null), entity('Phường 3', null)])).toEqual([
      'xa-tan-an.report.xlsx',
      'phuong-3.report.xlsx',
    ]);
  });

  it('one unit for two years: the year on each name', () => {
    expect(
      unitFileNames([
        entity('Đồng Nai', { code: '75', name: 'Đồng Nai' }, 2024),
        entity('Đồng Nai', { code: '75', name: 'Đồng Nai' }, 2025),
        entity('Huế', { code: '46', name: 'Huế' }, 2025),
      ]),
    ).toEqual([
      '75-dong-nai-2024.report.xlsx',
      '75-dong-nai-2025.report.xlsx',
      '46-hue.report.xlsx',
    ]);
  });

  it('labels that fold to one slug never share a file', () => {
    const names = unitFileNames([
      entity('Xã Tân An', null, null),
      entity('Xa Tan An', null, null),
      entity('XÃ TÂN AN', null, null),
    ]);
    expect(names).toEqual([
      'xa-tan-an.report.xlsx',
      'xa-tan-an-2.report.xlsx',
      'xa-tan-an-3.report.xlsx',
    ]);
  });

  it('a label with no Latin letter still gets a name', () => {
    expect(unitFileNames([entity('***', null), entity('東京', null)])).toEqual([
      'unit-1.report.xlsx',
      'unit-2.report.xlsx',
    ]);
  });
});
