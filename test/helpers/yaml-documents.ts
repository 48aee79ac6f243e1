import fc from 'fast-check';
import { parseAllDocuments, visit } from 'yaml';

/**
 * What the full parser makes of a text, with the options yamlIndicatorSet uses: the value when it
 * reads exactly one document without any error, warning, anchor, alias or tag, else null.
 */
export function yamlOracle(text: string): { value: unknown } | null {
  const parsed = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    resolveKnownTags: false,
    customTags: [],
    logLevel: 'silent',
  });
  if (!Array.isArray(parsed) || parsed.length !== 1) return null;
  const doc = parsed[0]!;
  if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
  let special = false;
  visit(doc, {
    Alias() {
      special = true;
    },
    Node(_key, node) {
      if (node.anchor || node.tag) special = true;
    },
  });
  return special ? null : { value: doc.toJS({ maxAliasCount: 0 }) };
}

/** A small deterministic generator, so one fast-check integer picks a whole document's style. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['code', 'name', 'vi', 'en', 'points', 'min', 'score', 'a1', 'x_y', '$schema', 'ok'];
/** Plain scalars YAML reads as numbers, nulls, booleans or text, including the near misses. */
const PLAIN = [
  '65',
  '0.75',
  '-10',
  '+3',
  '007',
  '1e3',
  '2.5E-2',
  '.5',
  '1.',
  '0x1F',
  '0o17',
  '0b101',
  '.inf',
  '-.Inf',
  '.nan',
  '.NaN',
  '1.0',
  '1_000',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'true',
  'False',
  'TRUE',
  'yes',
  'no',
  'on',
  'off',
  '2019-09-13',
  '1.0.2',
  'percent',
  'Lĩnh vực',
  'Tỷ lệ hộ gia đình (%)',
  'C#',
  'a,b',
  'x[1]',
  'http://example.org/a',
  '10:30',
  'a-b',
  '-x',
  'QĐ 411/QĐ-TTg',
  "it's",
  'say "hi"',
];
const FLOW_PLAIN = PLAIN.filter((p) => !/[,[\]{}#:]/.test(p));
const QUOTED_TEXT = ['', 'a', 'Dẫn đầu', 'a: b', 'x # y', "it's", '1.0', '  spaced  ', '[x]', '-'];
const BLOCK_LINES = ['Kiến trúc 3 lớp', 'line two', 'a: b', 'x # not a comment', '- item'];

interface Style {
  rnd: () => number;
  step: number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/**
 * Random YAML documents in the shapes indicator sets use: block mappings and sequences (compact,
 * indentless, nested), flow collections on one line or wrapped with trailing commas, plain and
 * quoted scalars of every core-schema kind, block scalars, comments, blank lines, CRLF.
 */
export const yamlDocument: fc.Arbitrary<string> = fc.integer().map((seed) => {
  const rnd = random(seed);
  const style: Style = {
    rnd,
    step: 1 + Math.floor(rnd() * 4),
    pick: (items) => items[Math.floor(rnd() * items.length)]!,
    chance: (p) => rnd() < p,
  };
  const lines = blockMapping(style, 0, 0);
  const eol = style.chance(0.2) ? '\r\n' : '\n';
  return lines.join(eol) + (style.chance(0.8) ? eol : '');
});

function scalar(style: Style, flow: boolean): string {
  const r = style.rnd();
  if (r < 0.6) return style.pick(flow ? FLOW_PLAIN : PLAIN);
  const text = style.pick(QUOTED_TEXT);
  if (r < 0.8) return `'${text.replace(/'/g, "''")}'`;
  return `"${text.replace(/"/g, "'")}"`;
}

function flowValue(style: Style, depth: number): string {
  if (depth > 2 || style.chance(0.6)) return scalar(style, true);
  const keys = [...KEYS].sort(() => style.rnd() - 0.5).slice(0, Math.floor(style.rnd() * 3));
  if (style.chance(0.5)) {
    const items = keys.map(() => flowValue(style, depth + 1));
    return `[${items.join(', ')}]`;
  }
  const entries = keys.map((k) => `${k}: ${flowValue(style, depth + 1)}`);
  return style.chance(0.5) ? `{ ${entries.join(', ')} }` : `{${entries.join(',')}}`;
}

/** A flow mapping wrapped over lines the way prettier does, at `indent`. */
function wrappedFlow(style: Style, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const inner = ' '.repeat(indent + style.step);
  const keys = [...KEYS].sort(() => style.rnd() - 0.5).slice(0, 1 + Math.floor(style.rnd() * 3));
  const trailing = style.chance(0.5) ? ',' : '';
  const body = keys.map(
    (k, i) => `${inner}${k}: ${flowValue(style, 2)}${i < keys.length - 1 ? ',' : trailing}`,
  );
  return [`${pad}{`, ...body, `${pad}}`];
}

function comment(style: Style): string {
  return style.chance(0.15) ? ` # ${style.pick(['note', 'ghi chú: x', '#'])}` : '';
}

function blankOrComment(style: Style, indent: number, out: string[]): void {
  if (style.chance(0.1)) out.push(style.chance(0.5) ? '' : ' '.repeat(indent + 1));
  if (style.chance(0.1)) out.push(`${' '.repeat(style.pick([0, indent]))}# c`);
}

function blockScalar(style: Style, contentIndent: number): string[] {
  const header = style.pick(['|', '|-', '>', '>-']);
  const lines = [header];
  const count = 1 + Math.floor(style.rnd() * 3);
  for (let i = 0; i < count; i++) {
    if (i > 0 && style.chance(0.3)) lines.push(style.chance(0.5) ? '' : ' '.repeat(contentIndent));
    lines.push(' '.repeat(contentIndent) + style.pick(BLOCK_LINES));
  }
  return lines;
}

/** The value of `key:` for a mapping at `indent`: appended to `head` or on the following lines. */
function mappingValue(style: Style, head: string, indent: number, depth: number): string[] {
  const r = style.rnd();
  const nested = indent + style.step;
  if (depth < 4 && r < 0.25) return [head, ...blockMapping(style, nested, depth + 1)];
  if (depth < 4 && r < 0.45) {
    // Indented under the key, or "indentless" at the key's own column.
    const at = style.chance(0.3) ? indent : nested;
    return [head, ...blockSequence(style, at, depth + 1)];
  }
  if (r < 0.55) {
    const [header, ...rest] = blockScalar(style, nested);
    return [`${head} ${header}`, ...rest];
  }
  if (r < 0.62) return [head, ...wrappedFlow(style, nested)];
  if (r < 0.7) return [`${head} ${flowValue(style, 0)}${comment(style)}`];
  if (r < 0.74) return [head]; // null
  if (r < 0.78) return [head, `${' '.repeat(nested)}${scalar(style, false)}`];
  return [`${head} ${scalar(style, false)}${comment(style)}`];
}

function blockMapping(style: Style, indent: number, depth: number): string[] {
  const out: string[] = [];
  const keys = [...KEYS].sort(() => style.rnd() - 0.5).slice(0, 1 + Math.floor(style.rnd() * 4));
  for (const key of keys) {
    blankOrComment(style, indent, out);
    out.push(...mappingValue(style, `${' '.repeat(indent)}${key}:`, indent, depth));
  }
  return out;
}

function blockSequence(style: Style, indent: number, depth: number): string[] {
  const out: string[] = [];
  const count = 1 + Math.floor(style.rnd() * 3);
  const pad = ' '.repeat(indent);
  for (let i = 0; i < count; i++) {
    blankOrComment(style, indent, out);
    const r = style.rnd();
    if (depth < 4 && r < 0.35) {
      // A compact mapping: the first key on the dash's line.
      const gap = style.chance(0.8) ? 1 : 3;
      const mapping = blockMapping(style, indent + 1 + gap, depth + 1);
      out.push(`${pad}-${' '.repeat(gap)}${mapping[0]!.trimStart()}`, ...mapping.slice(1));
    } else if (depth < 4 && r < 0.45) {
      out.push(`${pad}-`, ...blockMapping(style, indent + style.step, depth + 1));
    } else if (r < 0.55) {
      const [header, ...rest] = blockScalar(style, indent + style.step);
      out.push(`${pad}- ${header}`, ...rest);
    } else if (r < 0.7) {
      out.push(`${pad}- ${flowValue(style, 0)}${comment(style)}`);
    } else {
      out.push(`${pad}- ${scalar(style, false)}${comment(style)}`);
    }
  }
  return out;
}

const MUTATION_CHARS = [' ', '  ', '\n', '-', '- ', ':', ': ', '#', ' #', '{', '}', '[', ']'];
const MORE_CHARS = [
  ',',
  "'",
  '"',
  '|',
  '>',
  'a',
  '1',
  '.',
  '\t',
  '&a ',
  '*a',
  '!x ',
  '? ',
  '%',
  '\\',
];

/** Small edits anywhere in a text: insertions, deletions and replacements of YAML's characters. */
export function mutations(text: string, seed: number, count: number): string[] {
  const rnd = random(seed);
  const chars = [...MUTATION_CHARS, ...MORE_CHARS, '---\n', '\r', '\u00a0', '\u2028', 'null'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rnd() * (text.length + 1));
    const insert = chars[Math.floor(rnd() * chars.length)]!;
    const cut = Math.floor(rnd() * 3);
    out.push(text.slice(0, at) + (rnd() < 0.7 ? insert : '') + text.slice(at + cut));
  }
  return out;
}

/** Line-level edits: delete, duplicate, swap or re-indent a line. */
export function lineMutations(text: string, seed: number, count: number): string[] {
  const rnd = random(seed);
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const copy = [...lines];
    const k = Math.floor(rnd() * copy.length);
    const r = rnd();
    if (r < 0.25) copy.splice(k, 1);
    else if (r < 0.5) copy.splice(k, 0, copy[k]!);
    else if (r < 0.7) {
      const j = Math.floor(rnd() * copy.length);
      [copy[k], copy[j]] = [copy[j]!, copy[k]!];
    } else if (r < 0.85) copy[k] = ` ${copy[k]}`;
    else copy[k] = copy[k]!.replace(/^ {1,2}/, '');
    out.push(copy.join('\n'));
  }
  return out;
}
