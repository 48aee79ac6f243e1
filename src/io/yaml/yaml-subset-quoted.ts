import { yamlSubsetOutside } from './yaml-subset-outside.js';

/**
 * A quoted scalar that starts at `line[start]` and ends on the same line: `'…'` (with `''` for a
 * quote) or `"…"` without escapes. Anything longer or with a backslash is left to the full parser.
 * Returns the text and the offset just after the closing quote.
 */
export function yamlSubsetQuoted(line: string, start: number): { value: string; end: number } {
  const quote = line[start];
  if (quote === '"') {
    const close = line.indexOf('"', start + 1);
    if (close < 0) yamlSubsetOutside();
    const value = line.slice(start + 1, close);
    if (value.includes('\\')) yamlSubsetOutside();
    return { value, end: close + 1 };
  }
  if (quote !== "'") yamlSubsetOutside();
  let value = '';
  let from = start + 1;
  for (;;) {
    const close = line.indexOf("'", from);
    if (close < 0) yamlSubsetOutside();
    if (line[close + 1] === "'") {
      value += line.slice(from, close + 1);
      from = close + 2;
      continue;
    }
    return { value: value + line.slice(from, close), end: close + 1 };
  }
}
