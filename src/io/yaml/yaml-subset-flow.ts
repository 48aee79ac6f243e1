import { yamlCoreScalar } from './yaml-core-scalar.js';
import { yamlSubsetKey } from './yaml-subset-key.js';
import { yamlSubsetOutside } from './yaml-subset-outside.js';
import { yamlSubsetQuoted } from './yaml-subset-quoted.js';

/** Deeper flow nesting than any set needs is left to the full parser (and its prescan). */
const MAX_FLOW_DEPTH = 16;

/**
 * A flow collection (`{ vi: "…", en: "…" }`, `[0, 100]`) that starts at `lines[line][at]`, with
 * plain, quoted or nested flow values. It may run over several lines, as formatters wrap long
 * ones (trailing comma included), each indented more than `ownerIndent`; comments, blank lines,
 * empty entries, `key: value` pairs in sequences, quoted keys and scalars that themselves run
 * over lines are left to the full parser. Returns the value and where it ends: the line, and the
 * offset just after the closing bracket.
 */
export function yamlSubsetFlow(
  lines: readonly string[],
  line: number,
  at: number,
  ownerIndent: number,
): { value: unknown; line: number; end: number } {
  const cursor: Cursor = { lines, line, at, ownerIndent };
  const value = collection(cursor, 1);
  return { value, line: cursor.line, end: cursor.at };
}

interface Cursor {
  lines: readonly string[];
  line: number;
  at: number;
  ownerIndent: number;
}

function collection(cursor: Cursor, depth: number): unknown {
  if (depth > MAX_FLOW_DEPTH) yamlSubsetOutside();
  const sequence = current(cursor) === '[';
  const close = sequence ? ']' : '}';
  const items: unknown[] = [];
  const entries: Record<string, unknown> = {};
  cursor.at++;
  skipSpace(cursor);
  while (current(cursor) !== close) {
    if (sequence) {
      items.push(node(cursor, depth));
    } else {
      const key = yamlSubsetKey(cursor.lines[cursor.line]!, cursor.at);
      if (key === null || Object.hasOwn(entries, key.key)) yamlSubsetOutside();
      cursor.at = key.afterColon;
      skipSpace(cursor);
      entries[key.key] = node(cursor, depth);
    }
    skipSpace(cursor);
    if (current(cursor) === ',') {
      cursor.at++;
      skipSpace(cursor);
    } else if (current(cursor) !== close) {
      yamlSubsetOutside();
    }
  }
  cursor.at++;
  return sequence ? items : entries;
}

function node(cursor: Cursor, depth: number): unknown {
  const line = cursor.lines[cursor.line]!;
  const start = cursor.at;
  const c = line[start];
  if (c === '[' || c === '{') return collection(cursor, depth + 1);
  if (c === '"' || c === "'") {
    const quoted = yamlSubsetQuoted(line, start);
    cursor.at = quoted.end;
    return quoted.value;
  }
  let end = start;
  while (end < line.length && !FLOW_END.includes(line[end]!)) end++;
  cursor.at = end;
  while (end > start && line[end - 1] === ' ') end--;
  const plain = line.slice(start, end);
  // Empty entries, comments, `:` (pairs, or a plain `a:b` the parser may read otherwise) and
  // indicator characters at the start are the full parser's business.
  if (plain === '' || plain.includes(':') || plain.includes('#') || FLOW_START.test(plain)) {
    yamlSubsetOutside();
  }
  return yamlCoreScalar(plain);
}

function current(cursor: Cursor): string | undefined {
  return cursor.lines[cursor.line]![cursor.at];
}

/**
 * Past spaces and line breaks to the next token, which must be on a line indented more than the
 * collection's owner. A blank line or a comment inside the collection leaves the subset.
 */
function skipSpace(cursor: Cursor): void {
  for (;;) {
    const line = cursor.lines[cursor.line]!;
    while (line[cursor.at] === ' ') cursor.at++;
    if (cursor.at < line.length) {
      if (line[cursor.at] === '#') yamlSubsetOutside();
      return;
    }
    cursor.line++;
    const next = cursor.lines[cursor.line];
    if (next === undefined) yamlSubsetOutside();
    let indent = 0;
    while (next[indent] === ' ') indent++;
    if (indent === next.length || indent <= cursor.ownerIndent) yamlSubsetOutside();
    cursor.at = indent;
  }
}

const FLOW_END = ',[]{}';
/** YAML indicators that cannot start a plain scalar, and `-` before a space or flow character. */
const FLOW_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?:$|[ ,[\]{}]))/;
