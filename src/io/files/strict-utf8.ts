/**
 * The text of UTF-8 bytes, or null when they are not UTF-8: a Windows-1258 file must be refused,
 * not turned into U+FFFD. A BOM is dropped.
 */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
