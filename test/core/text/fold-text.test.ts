import { describe, expect, it } from 'vitest';
import { foldText, tidyText } from '../../../src/core/text/fold-text.js';

describe('foldText', () => {
  it.each([
    ['TP. Hồ Chí Minh', 'tp ho chi minh'],
    ['Đồng Nai', 'dong nai'],
    ['ĐỒNG NAI', 'dong nai'],
    ['Đồng Nai'.normalize('NFD'), 'dong nai'],
    ['Hoà Bình', 'hoa binh'],
    ['Hòa Bình', 'hoa binh'],
    ['Thanh Hoá', 'thanh hoa'],
    ['Đồng\u00a0Nai', 'dong nai'],
    ['Đồng\u202fNai', 'dong nai'],
    ['Đồng\u2009Nai', 'dong nai'],
    ['Đồng\u200bNai', 'dongnai'],
    ['\ufeffĐồng Nai\u00ad', 'dong nai'],
    ['  Đồng   Nai  ', 'dong nai'],
    ['Bà Rịa – Vũng Tàu', 'ba ria vung tau'],
    ['Bà Rịa - Vũng Tàu', 'ba ria vung tau'],
    ['Bà Rịa—Vũng Tàu', 'ba ria vung tau'],
    ['dong_nai/2025', 'dong nai 2025'],
    ["Kon Tum's", 'kon tum s'],
    ['(Đắk Lắk)', 'dak lak'],
    ['ISTANBUL', 'istanbul'],
  ])('%j → %j', (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });
});

describe('tidyText', () => {
  it.each([
    ['  Đồng   Nai ', 'Đồng Nai'],
    ['Đồng Nai'.normalize('NFD'), 'Đồng Nai'],
    ['Đồng\u200b Nai', 'Đồng Nai'],
    ['Đồng\u00a0Nai', 'Đồng Nai'],
  ])('%j → %j', (text, expected) => {
    expect(tidyText(text)).toBe(expected);
  });
});
