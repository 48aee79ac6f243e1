/**
 * UTF-16 without a BOM is valid "UTF-8" full of NUL bytes when the text is mostly ASCII, so strict
 * UTF-8 alone would not catch it. Excel's "Unicode Text" always writes a BOM; this catches the
 * other tools. NULs at one byte parity in ≥ 30% of pairs (at least 3) and almost never at the
 * other is UTF-16, not CSV; a stray NUL in a UTF-8 cell is left for the binder to report.
 */
export function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= 3 && oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= 3 && evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return null;
}
