import { dirname, isAbsolute, resolve } from 'node:path';
import { isMap, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import {
  PROJECT_CONFIG_KEYS,
  projectConfigSchema,
  type ProjectConfig,
  type ProjectConfigKey,
} from '../../core/config/project-config-schema.js';
import type { FindingArgsOf, FindingCode } from '../../core/findings/finding-args.js';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import { editDistance } from '../../core/text/edit-distance.js';
import { safeYamlOptions } from '../yaml/safe-yaml-options.js';
import { yamlLocate } from '../yaml/yaml-locate.js';
import { yamlPrescan } from '../yaml/yaml-prescan.js';

export interface ParsedProjectConfig {
  /** The settings, with a `set` path made absolute; null when the file has errors. */
  config: ProjectConfig | null;
  findings: Finding[];
}

/**
 * Parses and checks the text of a `smartcity.config.yaml` (spec §11): one YAML 1.2 mapping, no
 * aliases, anchors or tags, known keys with valid values. Every problem is a finding at the
 * file's line:column; nothing is thrown. A `set` given as a path is relative to the file.
 */
export function parseProjectConfig(text: string, path: string, file: string): ParsedProjectConfig {
  // Nesting no config needs is refused before the parser sees it: a deep parse can abort Node
  // (see yaml-prescan.ts), and this file is read on every run.
  const deep = yamlPrescan(text);
  if (deep !== null) {
    const before = text.slice(0, deep.offset);
    const line = before.split('\n').length;
    const column = deep.offset - (before.lastIndexOf('\n') + 1) + 1;
    const detail = `nesting deeper than ${deep.limit}`;
    return {
      config: null,
      findings: [makeFinding('RUN_CONFIG_SYNTAX', { detail }, { file, line, column })],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...safeYamlOptions, lineCounter });
  const at = <C extends FindingCode>(code: C, args: FindingArgsOf<C>, offset: number): Finding => {
    const { line, col } = lineCounter.linePos(offset);
    return makeFinding(code, args, { file, line, column: col });
  };
  const findings: Finding[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    findings.push(
      error.code === 'DUPLICATE_KEY'
        ? at('RUN_CONFIG_DUPLICATE_KEY', { key: keyAt(text, error.pos[0]) }, error.pos[0])
        : at('RUN_CONFIG_SYNTAX', { detail: error.code }, error.pos[0]),
    );
  }
  visit(doc, {
    Alias(_key, node) {
      findings.push(at('RUN_CONFIG_YAML_FEATURE', { feature: 'alias' }, node.range?.[0] ?? 0));
    },
    Node(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (node.anchor) findings.push(at('RUN_CONFIG_YAML_FEATURE', { feature: 'anchor' }, start));
      if (node.tag) {
        // The node's range starts after its tag; point at the tag itself.
        const tag = /!\S*\s*$/.exec(text.slice(0, start));
        findings.push(at('RUN_CONFIG_YAML_FEATURE', { feature: 'tag' }, tag?.index ?? start));
      }
    },
  });
  if (findings.length > 0) return { config: null, findings };
  // An empty file (or only comments) sets nothing.
  if (doc.contents === null) return { config: {}, findings: [] };
  if (!isMap(doc.contents)) {
    return {
      config: null,
      findings: [at('RUN_CONFIG_NOT_MAPPING', {}, doc.contents.range?.[0] ?? 0)],
    };
  }
  const input: unknown = doc.toJS({ maxAliasCount: 0 });
  const parsed = projectConfigSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      findings.push(...issueFindings(issue, input, doc, lineCounter, file));
    return { config: null, findings: sortByPlace(findings) };
  }
  const config = { ...parsed.data };
  if (config.set !== undefined)
    config.set = setRelativeTo(config.set.normalize('NFC'), dirname(path));
  return { config, findings: [] };
}

/**
 * A set given by path (what readIndicatorSet takes for a path: a separator or a .yaml/.yml end)
 * is relative to the configuration file, not to wherever the tool runs; an id stays an id.
 */
function setRelativeTo(ref: string, dir: string): string {
  const isPath = /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
  return isPath && !isAbsolute(ref) ? resolve(dir, ref) : ref;
}

/** Our own wording for a zod issue, chosen by the key's kind (never zod's English). */
function issueFindings(
  issue: z.core.$ZodIssue,
  input: unknown,
  doc: Document,
  lineCounter: LineCounter,
  file: string,
): Finding[] {
  const where = (key: string, at: 'key' | 'value') => {
    const { line, column } = yamlLocate(doc, lineCounter, [key], at);
    return { file, line, column };
  };
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(PROJECT_CONFIG_KEYS);
    return issue.keys.map((key) => {
      const near = known.filter((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
      const hint = near.join(', ');
      return makeFinding(
        'RUN_CONFIG_UNKNOWN_KEY',
        { key, hint, keys: known.join(', ') },
        where(key, 'key'),
      );
    });
  }
  const key = String(issue.path[0] ?? '');
  if (!Object.hasOwn(PROJECT_CONFIG_KEYS, key)) return [];
  const value = shown((input as Record<string, unknown>)[key]);
  const spec = PROJECT_CONFIG_KEYS[key as ProjectConfigKey];
  const place = where(key, 'value');
  switch (spec.kind) {
    case 'choice':
      return [
        makeFinding('RUN_CONFIG_CHOICE', { key, value, choices: spec.choices.join(', ') }, place),
      ];
    case 'boolean':
      return [makeFinding('RUN_CONFIG_BOOLEAN', { key, value }, place)];
    case 'range':
      return [makeFinding('RUN_CONFIG_RANGE', { key, value, min: spec.min, max: spec.max }, place)];
    case 'text':
      return [makeFinding('RUN_CONFIG_TEXT', { key, value }, place)];
  }
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? '[…]' : '{…}';
  return String(value);
}

/** The key text at a duplicate-key error's offset. */
function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^["']?([^"':\n]+)/.exec(rest);
  return match?.[1]?.trim() ?? '';
}

function sortByPlace(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || Number(a.column ?? 0) - Number(b.column ?? 0),
  );
}
