import { describe, expect, it } from 'vitest';
import { fileSlug } from '../../../src/core/text/file-slug.js';

describe('fileSlug (spec §7 --split)', () => {
  it.each([
    ['Đồng Nai', 'dong-nai'],
    ['ĐỒNG NAI', 'dong-nai'],
    ['Đồng Nai'.normalize('NFD'), 'dong-nai'],
    ['TP. Hồ Chí Minh', 'tp-ho-chi-minh'],
    ['Bà Rịa – Vũng Tàu', 'ba-ria-vung-tau'],
    ['Huế', 'hue'],
    ['  Xã  Tân An (cũ)  ', 'xa-tan-an-cu'],
    ['Phường 1/Quận 3', 'phuong-1-quan-3'],
    ['Khánh Hòa', 'khanh-hoa'],
    ['Khánh Hoà', 'khanh-hoa'],
    ['..\\..\\etc', 'etc'],
    ['***', ''],
    ['東京', ''],
  ])('%j → %j', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });

  it('is only lowercase ASCII letters, digits and single inner dashes', () => {
    for (const name of ['A  -- b', '--x--', 'Ắ_Ằ.Ẳ', 'a\u200bb']) {
      expect(fileSlug(name)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });

  it('cuts a very long name at a dash-free end, keeping file names short', () => {
    const slug = fileSlug('Xã Tân An '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^xa-tan-an-/);
    expect(slug.endsWith('-')).toBe(false);
  });
});
