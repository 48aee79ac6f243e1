/**
 * Detects Vietnamese typed in a legacy TCVN3 (ABC, ".VnTime") font and decodes it (spec §3.5).
 * Such text reaches us as Unicode Latin-1 characters that only looked right in that font:
 * "Hµ Néi" is "Hà Nội", "§ång Nai" is "Đồng Nai". Each character is taken as the byte of its code
 * point and looked up in the TCVN3 table below (core cannot use iconv-lite; the table is small).
 */

// TCVN3 bytes 0x80–0xFF, 16 per row. "" keeps the character as it is (0xA0 is a space in both).
// Bytes 0xB0–0xB4 are combining tone marks; NFC afterwards folds them into their letter.
// prettier-ignore
const HIGH_HALF: readonly string[] = [
  'À', 'Ả', 'Ã', 'Á', 'Ạ', 'Ặ', 'Ậ', 'È', 'Ẻ', 'Ẽ', 'É', 'Ẹ', 'Ệ', 'Ì', 'Ỉ', 'Ĩ', // 0x80
  'Í', 'Ị', 'Ò', 'Ỏ', 'Õ', 'Ó', 'Ọ', 'Ộ', 'Ờ', 'Ở', 'Ỡ', 'Ớ', 'Ợ', 'Ù', 'Ủ', 'Ũ', // 0x90
  '', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ', // 0xA0
  '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ', // 0xB0
  'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // 0xC0
  'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // 0xD0
  'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // 0xE0
  'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // 0xF0
];

/**
 * Latin-1 letters that correct Unicode Vietnamese also uses ("Cà Mau", "Tây Ninh"): seeing them
 * proves nothing, so they never count as evidence of TCVN3 on their own.
 */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');

function isEvidence(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80 || code > 0xff || code === 0xa0) return false;
  // Tone-mark bytes are also ° ± ² ³ ´, common in ordinary text ("25°C").
  if (code >= 0xb0 && code <= 0xb4) return false;
  return !VIETNAMESE_LATIN1.has(char);
}

function isLetterLike(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.codePointAt(0) ?? 0;
  return /[A-Za-z]/.test(char) || (code >= 0x80 && code <= 0xff && code !== 0xa0 && code !== 0xd7);
}

/**
 * The probable intended text of TCVN3 mojibake, or null when the text does not look like it:
 * it must consist of Latin-1 (plus general punctuation) and hold a TCVN3-only character inside a
 * word. Correct Unicode Vietnamese ("Hà Nội") always has a letter beyond Latin-1 or none of
 * these characters, so it gives null.
 */
export function legacyFontHint(text: string): string | null {
  const chars = [...text];
  if (chars.some((c) => (c.codePointAt(0) ?? 0) > 0xff && !/[\u2000-\u206f]/.test(c))) return null;
  const inWord = chars.some(
    (c, i) => isEvidence(c) && (isLetterLike(chars[i - 1]) || isLetterLike(chars[i + 1])),
  );
  if (!inWord) return null;
  const decoded = chars
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      if (code < 0x80 || code > 0xff) return c;
      const mapped = HIGH_HALF[code - 0x80];
      return mapped === undefined || mapped === '' ? c : mapped;
    })
    .join('')
    .normalize('NFC');
  return decoded === text ? null : decoded;
}
