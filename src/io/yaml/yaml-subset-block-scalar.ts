import { yamlSubsetOutside } from './yaml-subset-outside.js';

/**
 * A block scalar whose header (`|`, `|-`, `>` or `>-`, nothing after it) is at `lines[line][at]`,
 * its content on the following lines, indented more than `ownerIndent`. The subset takes the
 * plain shapes only — every content line at one indentation, no leading empty line, no trailing
 * spaces or `#` lines — so literal and folded text follow the spec's simplest rules: literal
 * keeps line breaks, folded joins lines with a space and keeps one line break per empty line;
 * clip ends with one line break, strip with none. Returns the text and its last content line.
 */
export function yamlSubsetBlockScalar(
  lines: readonly string[],
  line: number,
  at: number,
  ownerIndent: number,
): { value: string; lastLine: number } {
  const header = lines[line]!.slice(at);
  if (!HEADER.test(header)) yamlSubsetOutside();
  const folded = header[0] === '>';
  const strip = header[1] === '-';
  const first = lines[line + 1];
  if (first === undefined) yamlSubsetOutside();
  const indent = indentOf(first);
  if (indent === first.length || indent <= ownerIndent) yamlSubsetOutside();
  let value = '';
  let emptyLines = 0;
  let lastLine = line;
  for (let k = line + 1; k < lines.length; k++) {
    const text = lines[k]!;
    const lineIndent = indentOf(text);
    if (lineIndent === text.length) {
      // An empty line, unless its spaces would be content.
      if (lineIndent > indent) yamlSubsetOutside();
      emptyLines++;
      continue;
    }
    if (lineIndent < indent) break;
    if (lineIndent > indent || text.endsWith(' ') || text[indent] === '#') yamlSubsetOutside();
    const content = text.slice(indent);
    if (lastLine === line) value = content;
    else if (folded) value += (emptyLines === 0 ? ' ' : '\n'.repeat(emptyLines)) + content;
    else value += '\n'.repeat(emptyLines + 1) + content;
    emptyLines = 0;
    lastLine = k;
  }
  return { value: strip ? value : `${value}\n`, lastLine };
}

const HEADER = /^[|>]-?$/;

function indentOf(text: string): number {
  let n = 0;
  while (text[n] === ' ') n++;
  return n;
}
