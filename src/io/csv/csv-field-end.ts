/** The bytes that shape a CSV record, whatever the delimiter. */
export const QUOTE = 0x22;
export const CR = 0x0d;
export const LF = 0x0a;

/**
 * Where the field starting at `pos` ends: the offset of the delimiter or line break after it, or
 * `end`; -1 when it opens with a quote that is not closed before `end`. The rules are csv-parse's
 * with `csvParseOptions` (relax_quotes): a quote opens a field only at its start, `""` inside
 * quotes is one quote, a quoted field may span lines, and a closing quote followed by anything
 * but a delimiter or line break simply ends the quoting (the rest is text). Every pass that finds
 * record and field boundaries in the bytes — the limits before csv-parse, the field positions
 * after it — reads them here, so they agree with each other.
 */
export function csvFieldEnd(
  bytes: Uint8Array,
  pos: number,
  end: number,
  delimiter: Uint8Array,
): number {
  if (pos < end && bytes[pos] === QUOTE) {
    pos++;
    for (;;) {
      if (pos >= end) return -1;
      if (bytes[pos] === QUOTE) {
        if (pos + 1 < end && bytes[pos + 1] === QUOTE) {
          pos += 2;
          continue;
        }
        pos++;
        break;
      }
      pos++;
    }
  }
  const first = delimiter[0];
  for (; pos < end; pos++) {
    const b = bytes[pos];
    if (b === CR || b === LF) break;
    if (b === first && isDelimiterAt(bytes, pos, delimiter)) break;
  }
  return pos;
}

function isDelimiterAt(bytes: Uint8Array, pos: number, delimiter: Uint8Array): boolean {
  if (pos + delimiter.length > bytes.length) return false;
  for (let k = 1; k < delimiter.length; k++) {
    if (bytes[pos + k] !== delimiter[k]) return false;
  }
  return true;
}
