import { isMap, LineCounter, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import type { CodedArgs, FindingArgsOf, FindingCode } from '../../core/findings/finding-args.js';
import type { Finding } from '../../core/findings/finding.js';
import { codedFinding, makeFinding } from '../../core/findings/make-finding.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { resolveSet } from '../../core/set/resolve-set.js';
import { yamlLocate } from './yaml-locate.js';
import { yamlNfc } from './yaml-nfc.js';
import { safeYamlOptions } from './safe-yaml-options.js';
import { yamlPrescan } from './yaml-prescan.js';

/** YAML parser errors worth listing before the rest is only noise from the first one. */
const MAX_SYNTAX_FINDINGS = 20;

/**
 * Parses and validates the text of an indicator-set file: YAML 1.2 core only, no directives,
 * anchors, aliases, tags or second documents (spec §2.1, §5), then the set's schema and rules.
 * Every finding carries the file's line and column. Never throws on any text.
 */
export function yamlIndicatorSet(
  text: string,
  file: string,
): { set: ResolvedSet | null; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const at: At = (code, args, offset) => {
    // The counter only knows lines the parser has seen; before parsing, count by hand.
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return makeFinding(code, args, { file, line, column });
  };

  const deep = yamlPrescan(text);
  if (deep)
    return { set: null, findings: [at('SET_YAML_TOO_DEEP', { limit: deep.limit }, deep.offset)] };

  let docs: Document[];
  try {
    const parsed = parseAllDocuments(text, { ...safeYamlOptions, prettyErrors: true, lineCounter });
    // An empty stream (nothing but comments) is not an array.
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    return { set: null, findings: [at('SET_YAML_SYNTAX', { detail: errorText(error) }, 0)] };
  }

  const doc = docs[0];
  if (doc === undefined) return { set: null, findings: [at('SET_YAML_EMPTY', {}, 0)] };
  const findings: Finding[] = [];
  // parseDocument reports MULTIPLE_DOCS only when not silenced, so count the documents here.
  for (const extra of docs.slice(1)) {
    findings.push(at('SET_YAML_MULTIPLE_DOCUMENTS', {}, extra.range?.[0] ?? 0));
  }
  for (const match of text.matchAll(/^%.*$/gm)) {
    findings.push(at('SET_YAML_DIRECTIVE', { directive: match[0].trim() }, match.index));
  }
  findings.push(...parserFindings(doc.errors, text, at));
  findings.push(
    ...parserFindings(
      doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED' && w.code !== 'BAD_DIRECTIVE'),
      text,
      at,
    ),
  );
  findings.push(...nodeFindings(doc, text, at));
  if (findings.length > 0) return { set: null, findings: sorted(findings) };

  if (doc.contents === null) return { set: null, findings: [at('SET_YAML_EMPTY', {}, 0)] };
  if (!isMap(doc.contents)) {
    const start = doc.contents.range?.[0] ?? 0;
    return { set: null, findings: [at('SET_YAML_ROOT_NOT_MAPPING', {}, start)] };
  }

  let input: unknown;
  let result: ReturnType<typeof resolveSet>;
  try {
    input = yamlNfc(doc.toJS({ maxAliasCount: 0 }));
    result = resolveSet(input);
  } catch (error) {
    // Depth is bounded by the prescan; this is the last line of defence (RangeError and kin).
    return { set: null, findings: [at('SET_YAML_SYNTAX', { detail: errorText(error) }, 0)] };
  }
  const issueFindings = result.issues.map((issue) => {
    const { line, column } = yamlLocate(doc, lineCounter, issue.path, issue.at ?? 'value');
    let coded: CodedArgs = issue;
    // A number where text was wanted: quote what the author wrote (`1.0`), not what YAML made of it (`1`).
    if (issue.code === 'SET_EXPECTED_TEXT') {
      const source = sourceOf(doc, issue.path, text);
      if (source !== null) coded = { code: issue.code, args: { ...issue.args, value: source } };
    }
    return codedFinding(coded, { file, line, column }, { indicator: issue.indicator ?? null });
  });
  return { set: result.set, findings: sorted(issueFindings) };
}

type At = <C extends FindingCode>(code: C, args: FindingArgsOf<C>, offset: number) => Finding;

function parserFindings(errors: readonly YAMLError[], text: string, at: At): Finding[] {
  // One exhausted parser produces hundreds of follow-on errors; the first says it all.
  const exhausted = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return [at('SET_YAML_TOO_DEEP', { limit: '?' }, exhausted.pos[0])];
  // A tab indent derails the rest of the line; the parser's follow-on complaints only confuse.
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const reported = tabs.length > 0 ? tabs : errors;
  return reported.slice(0, MAX_SYNTAX_FINDINGS).map((error) => {
    const offset = error.pos[0];
    switch (error.code) {
      case 'DUPLICATE_KEY':
        return at('SET_YAML_DUPLICATE_KEY', { key: keyText(text, offset) }, offset);
      case 'TAB_AS_INDENT':
        return at('SET_YAML_TAB_INDENT', {}, offset);
      case 'MULTIPLE_DOCS':
        return at('SET_YAML_MULTIPLE_DOCUMENTS', {}, offset);
      default:
        return at('SET_YAML_SYNTAX', { detail: errorText(error) }, offset);
    }
  });
}

/** Anchors, aliases and explicit tags: legal YAML that an indicator set must not use. */
function nodeFindings(doc: Document, text: string, at: At): Finding[] {
  const findings: Finding[] = [];
  visit(doc, {
    Alias(_key, node) {
      findings.push(at('SET_YAML_ALIAS', { name: node.source }, node.range?.[0] ?? 0));
    },
    Node(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (node.anchor) {
        const offset = text.lastIndexOf(`&${node.anchor}`, start);
        findings.push(at('SET_YAML_ANCHOR', { name: node.anchor }, offset >= 0 ? offset : start));
      }
      if (node.tag) {
        let offset = text.lastIndexOf('!', start);
        // `!!str`: step back to the first `!` of the tag.
        while (offset > 0 && text[offset - 1] === '!') offset--;
        const written =
          offset >= 0 ? (/^!\S*/.exec(text.slice(offset))?.[0] ?? node.tag) : node.tag;
        findings.push(at('SET_YAML_TAG', { tag: written }, offset >= 0 ? offset : start));
      }
    },
  });
  return findings;
}

/** The source text of the scalar at `path`, or null when it is not a plain scalar. */
function sourceOf(doc: Document, path: readonly (string | number)[], text: string): string | null {
  const node = doc.getIn(path, true);
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] }).range;
    if (range) {
      const source = text.slice(range[0], range[1]).trim();
      if (source.length > 0 && source.length <= 60 && !source.includes('\n')) return source;
    }
  }
  return null;
}

function keyText(text: string, offset: number): string {
  const match = /^[^:\n]*/.exec(text.slice(offset));
  return (match?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

/** The parser's own message without its " at line …" suffix and code frame (the location has those). */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}

function sorted(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        (a.finding.line ?? 0) - (b.finding.line ?? 0) ||
        Number(a.finding.column ?? 0) - Number(b.finding.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}
