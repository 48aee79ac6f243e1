/**
 * A mapping key at `line[at]` in the subset's one spelling: a plain word of ASCII letters, digits,
 * `_` and `$` (every key of the set format is one), then `:` and a space or the end of the line.
 * Returns the key and the offset just after the `:`, or null.
 * Words YAML reads as null or booleans are not keys here: the full parser decides what they mean.
 */
export function yamlSubsetKey(
  line: string,
  at: number,
): { key: string; afterColon: number } | null {
  KEY.lastIndex = at;
  const match = KEY.exec(line);
  if (match === null) return null;
  const key = match[1]!;
  const afterColon = at + key.length + 1;
  const next = line[afterColon];
  if (next !== ' ' && next !== undefined) return null;
  if (NOT_TEXT.test(key)) return null;
  return { key, afterColon };
}

// Sticky, so it matches at `at` only; at most 100 characters (YAML caps implicit keys at 1024).
const KEY = /([A-Za-z$][A-Za-z0-9_$]{0,99}):/y;
const NOT_TEXT = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
