/**
 * Compares two codes in natural order (spec §2.4): runs of digits compare as integers, everything
 * else by UTF-16 code unit after lower-casing, so `1.2.9` sorts before `1.2.10` and `ht.01` equals
 * `HT.01` in rank. No locale collation: the order must not depend on the machine's ICU data.
 * Codes that are equal under these rules fall back to a plain code-unit comparison so the order
 * is total and deterministic.
 */
export function naturalCompare(a: string, b: string): number {
  const left = chunks(a.toLowerCase());
  const right = chunks(b.toLowerCase());
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const xDigits = isDigitRun(x);
    const yDigits = isDigitRun(y);
    if (xDigits && yDigits) {
      const byValue = compareDigitRuns(x, y);
      if (byValue !== 0) return byValue;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length < right.length ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function chunks(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

function isDigitRun(chunk: string): boolean {
  const c = chunk.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Integer comparison of arbitrary-length digit runs without Number (no precision loss). */
function compareDigitRuns(x: string, y: string): number {
  const xs = x.replace(/^0+(?=\d)/, '');
  const ys = y.replace(/^0+(?=\d)/, '');
  if (xs.length !== ys.length) return xs.length < ys.length ? -1 : 1;
  return xs === ys ? 0 : xs < ys ? -1 : 1;
}
