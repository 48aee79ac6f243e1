import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { legacyFontHint } from '../../../src/core/text/legacy-font-hint.js';

describe('legacyFontHint', () => {
  it.each([
    ['Hµ Néi', 'Hà Nội'],
    ['§ång Nai', 'Đồng Nai'],
    ['Thõa Thiªn HuÕ', 'Thừa Thiên Huế'],
    ['TØnh §¾k L¾k', 'Tỉnh Đắk Lắk'],
    ['Hå ChÝ Minh', 'Hồ Chí Minh'],
    ['Qu¶ng Ninh', 'Quảng Ninh'],
    ['CÇn Th¬', 'Cần Thơ'],
  ])('%j → %j', (text, expected) => {
    expect(legacyFontHint(text)).toBe(expected);
  });

  it.each([
    'Hà Nội',
    'Đồng Nai',
    'Cà Mau',
    'Tây Ninh',
    'Bến Tre',
    'Dong Nai',
    '25°C',
    '© 2024',
    '85,5',
    '',
    'Hà Nội – 2025',
    'Café',
  ])('%j is not TCVN3 → null', (text) => {
    expect(legacyFontHint(text)).toBeNull();
  });

  it('decodes every byte 0x80–0xFF as iconv-lite does', () => {
    for (let byte = 0x80; byte <= 0xff; byte++) {
      if (byte === 0xa0) continue;
      const expected = iconv.decode(Buffer.from([0x61, byte, 0x61]), 'tcvn').normalize('NFC');
      const text = `a${String.fromCharCode(byte)}a`;
      const hint = legacyFontHint(text);
      // Bytes that are plausible Unicode Vietnamese letters alone are not evidence (null).
      if (hint !== null) expect(hint, `byte 0x${byte.toString(16)}`).toBe(expected);
    }
  });

  it('decodes a whole TCVN3 byte string the same way iconv-lite does', () => {
    const bytes = Buffer.from('§ång Nai Hµ Néi', 'latin1');
    expect(legacyFontHint(bytes.toString('latin1'))).toBe(iconv.decode(bytes, 'tcvn'));
  });
});
