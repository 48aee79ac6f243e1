import { yamlCoreScalar } from './yaml-core-scalar.js';
import { yamlSubsetBlockScalar } from './yaml-subset-block-scalar.js';
import { yamlSubsetFlow } from './yaml-subset-flow.js';
import { yamlSubsetKey } from './yaml-subset-key.js';
import { OUTSIDE_SUBSET, yamlSubsetOutside } from './yaml-subset-outside.js';
import { yamlSubsetQuoted } from './yaml-subset-quoted.js';

/**
 * Parses the YAML that indicator sets are written in — block mappings and sequences (compact and
 * indentless too), flow collections (also wrapped over lines, as formatters leave them), plain
 * and quoted one-line scalars, `|`/`>` block scalars, comments, CRLF — to the value `yaml`'s
 * parseDocument(…).toJS() gives for it, or returns null as soon as the text uses anything else
 * (anchors, tags, directives, several documents, multi-line plain or quoted scalars, escapes,
 * tabs, duplicate keys, …): then the full parser reads it and reports what it finds.
 *
 * Why: importing `yaml` and parsing a 13 kB set with it costs ~65 ms in a fresh process, where
 * this takes a few. It only ever accepts text the full parser reads without an error, warning,
 * anchor or tag, to the same value: test/io/yaml-subset.test.ts checks that against `yaml` on
 * generated documents and on thousands of edited ones.
 */
export function yamlSubset(text: string): Record<string, unknown> | null {
  if (FORBIDDEN.test(text)) return null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  try {
    return document(lines);
  } catch (error) {
    if (error === OUTSIDE_SUBSET) return null;
    throw error;
  }
}

/**
 * Tabs, carriage returns not before a line feed, other control characters, C1 and Unicode line
 * separators, BOMs and non-characters, and a `%` at the start of a line (a directive, which the
 * full path reports) — YAML either treats them specially or they are better left to it.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|^%/m;

/** Block nesting the subset follows; deeper sets (none are) go to the full parser. */
const MAX_DEPTH = 40;

interface Parsed {
  value: unknown;
  /** The last line the value took; the next entry starts after it. */
  lastLine: number;
}

function document(lines: readonly string[]): Record<string, unknown> {
  const first = nextContent(lines, 0);
  if (first >= lines.length || indentOf(lines[first]!) !== 0) yamlSubsetOutside();
  const root = mapping(lines, first, 0, 1);
  // Anything left over (a less indented line cannot exist below indent 0) is not a set.
  if (nextContent(lines, root.lastLine + 1) < lines.length) yamlSubsetOutside();
  return root.value as Record<string, unknown>;
}

/**
 * A block mapping whose keys sit at column `indent`; the first key is at `lines[start][indent]`
 * (which may follow a `- ` on that line).
 */
function mapping(lines: readonly string[], start: number, indent: number, depth: number): Parsed {
  if (depth > MAX_DEPTH) yamlSubsetOutside();
  const entries: Record<string, unknown> = {};
  let line = start;
  for (;;) {
    const key = yamlSubsetKey(lines[line]!, indent);
    if (key === null || Object.hasOwn(entries, key.key)) yamlSubsetOutside();
    const value = inlineOrBlock(lines, line, key.afterColon, indent, true, depth);
    entries[key.key] = value.value;
    const next = nextContent(lines, value.lastLine + 1);
    if (next >= lines.length) return { value: entries, lastLine: value.lastLine };
    const nextIndent = indentOf(lines[next]!);
    if (nextIndent < indent) return { value: entries, lastLine: value.lastLine };
    if (nextIndent > indent) yamlSubsetOutside();
    line = next;
  }
}

/**
 * A block sequence whose `-` markers sit at column `indent`. `indentless`: it is the value of a
 * mapping key at the same column, so a line at that column without `-` ends it (the next key).
 */
function sequence(
  lines: readonly string[],
  start: number,
  indent: number,
  indentless: boolean,
  depth: number,
): Parsed {
  if (depth > MAX_DEPTH) yamlSubsetOutside();
  const items: unknown[] = [];
  let line = start;
  for (;;) {
    const text = lines[line]!;
    const at = skipSpaces(text, indent + 1);
    let item: Parsed;
    if (at === text.length || text[at] === '#') {
      item = blockNode(lines, line, indent, false, depth);
    } else if (isDash(text, at)) {
      yamlSubsetOutside(); // `- - x`
    } else if (yamlSubsetKey(text, at) !== null) {
      item = mapping(lines, line, at, depth + 1);
    } else {
      item = inlineOrBlock(lines, line, at, indent, false, depth);
    }
    items.push(item.value);
    const next = nextContent(lines, item.lastLine + 1);
    if (next >= lines.length) return { value: items, lastLine: item.lastLine };
    const nextText = lines[next]!;
    const nextIndent = indentOf(nextText);
    if (nextIndent < indent) return { value: items, lastLine: item.lastLine };
    if (nextIndent > indent) yamlSubsetOutside();
    if (!isDash(nextText, nextIndent)) {
      if (indentless) return { value: items, lastLine: item.lastLine };
      yamlSubsetOutside();
    }
    line = next;
  }
}

/**
 * The value after a `key:` or `- ` that ends at `lines[line][from]`: on the same line (flow
 * collection, quoted or plain scalar, block scalar header), or — when the rest of the line is
 * empty or a comment — a block node on the following lines, or null.
 */
function inlineOrBlock(
  lines: readonly string[],
  line: number,
  from: number,
  ownerIndent: number,
  indentlessAllowed: boolean,
  depth: number,
): Parsed {
  const text = lines[line]!;
  const at = skipSpaces(text, from);
  if (at === text.length || (text[at] === '#' && at > from)) {
    return blockNode(lines, line, ownerIndent, indentlessAllowed, depth);
  }
  if (text[at] === '|' || text[at] === '>') {
    return yamlSubsetBlockScalar(lines, line, at, ownerIndent);
  }
  return oneLineValue(lines, line, at, ownerIndent);
}

/**
 * A flow collection (which may run over lines), or a quoted or plain scalar that ends with its
 * line, starting at `lines[line][at]`.
 */
function oneLineValue(
  lines: readonly string[],
  line: number,
  at: number,
  ownerIndent: number,
): Parsed {
  const text = lines[line]!;
  const c = text[at];
  if (c === '[' || c === '{') {
    const flow = yamlSubsetFlow(lines, line, at, ownerIndent);
    endOfLine(lines[flow.line]!, flow.end);
    return { value: flow.value, lastLine: flow.line };
  }
  if (c === '"' || c === "'") {
    const quoted = yamlSubsetQuoted(text, at);
    endOfLine(text, quoted.end);
    return { value: quoted.value, lastLine: line };
  }
  return { value: yamlCoreScalar(plainScalar(text, at)), lastLine: line };
}

/** The node on the lines after `line` for an owner at `ownerIndent`, or null when there is none. */
function blockNode(
  lines: readonly string[],
  line: number,
  ownerIndent: number,
  indentlessAllowed: boolean,
  depth: number,
): Parsed {
  const next = nextContent(lines, line + 1);
  if (next >= lines.length) return { value: null, lastLine: line };
  const text = lines[next]!;
  const indent = indentOf(text);
  if (indent > ownerIndent) {
    if (isDash(text, indent)) return sequence(lines, next, indent, false, depth + 1);
    if (yamlSubsetKey(text, indent) !== null) return mapping(lines, next, indent, depth + 1);
    // A value moved to its own line (as formatters do with long ones); a line after it that is
    // indented more than the owner would continue it, which the owner's loop refuses.
    if (text[indent] === '|' || text[indent] === '>') yamlSubsetOutside();
    return oneLineValue(lines, next, indent, ownerIndent);
  }
  if (indent === ownerIndent && indentlessAllowed && isDash(text, indent)) {
    return sequence(lines, next, indent, true, depth + 1);
  }
  return { value: null, lastLine: line };
}

/**
 * A plain scalar in block context: up to a ` #` comment or the end of the line, without the
 * trailing spaces. One that starts with an indicator, holds `: ` or ends with `:` (which YAML
 * reads as a mapping, or refuses) is outside the subset.
 */
function plainScalar(text: string, at: number): string {
  if (BLOCK_START.test(text.slice(at, at + 2))) yamlSubsetOutside();
  let end = text.indexOf(' #', at);
  if (end < 0) end = text.length;
  while (end > at && text[end - 1] === ' ') end--;
  const plain = text.slice(at, end);
  if (plain.includes(': ') || plain.endsWith(':')) yamlSubsetOutside();
  return plain;
}

/** YAML indicators that start no plain scalar here (`-` only before a space or the end). */
const BLOCK_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;

/** After a flow collection or quoted scalar: only spaces, then a comment or the end of the line. */
function endOfLine(text: string, from: number): void {
  const at = skipSpaces(text, from);
  if (at < text.length && !(text[at] === '#' && at > from)) yamlSubsetOutside();
}

/** The first line from `from` on that is neither blank nor a comment (lines.length if none). */
function nextContent(lines: readonly string[], from: number): number {
  let i = from;
  for (; i < lines.length; i++) {
    const text = lines[i]!;
    const at = indentOf(text);
    if (at < text.length && text[at] !== '#') break;
  }
  return i;
}

function isDash(text: string, at: number): boolean {
  return text[at] === '-' && (at + 1 === text.length || text[at + 1] === ' ');
}

function indentOf(text: string): number {
  return skipSpaces(text, 0);
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}
