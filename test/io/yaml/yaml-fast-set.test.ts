// The fast path of loading a set must give exactly what the full path gives, or step aside:
// a set it returns is the set yamlIndicatorSet returns, and yamlIndicatorSet has no finding.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { yamlFastSet } from '../../../src/io/yaml/yaml-fast-set.js';
import { yamlIndicatorSet } from '../../../src/io/yaml/yaml-indicator-set.js';
import { lineMutations, mutations } from '../../helpers/yaml-documents.js';

const root = join(import.meta.dirname, '..', '..', '..');

function sets(): { name: string; text: string }[] {
  const dirs = ['indicators', 'test/fixtures/sets', 'test/fixtures/sets/invalid'];
  dirs.push('test/fixtures/template-sets');
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ name, text: readFileSync(join(root, dir, name), 'utf8') })),
  );
}

function agrees(text: string): boolean {
  const fast = yamlFastSet(text);
  if (fast === null) return true;
  const full = yamlIndicatorSet(text, 'set.yaml');
  return full.findings.length === 0 && isDeepStrictEqual(fast, full.set);
}

/** Edits of the values a set author changes: numbers, words, keys. */
function valueEdits(text: string): string[] {
  const out: string[] = [];
  const swaps: [RegExp, string][] = [
    [/target: \d+/, 'target: 0'],
    [/points: \d+/, 'points: 0'],
    [/points: \d+/, 'points: 1.5'],
    [/total: \d+/, 'total: 999'],
    [/direction: higher/, 'direction: lower'],
    [/type: percent/, 'type: boolean'],
    [/method: target/, 'method: steps'],
    [/code: (\S+)/, 'code: HT'],
    [/version: \S+/, 'version: 1.0'],
    [/missing: zero/, 'missing: no'],
    [/name:/, 'nmae:'],
    [/score: 1\b/, 'score: 0.5'],
    [/ratio: true/, 'ratio: "true"'],
  ];
  for (const [pattern, replacement] of swaps) {
    if (pattern.test(text)) out.push(text.replace(pattern, replacement));
  }
  return out;
}

describe('yamlFastSet', () => {
  it('loads the bundled set and the valid fixtures exactly as the full path does', () => {
    for (const { name, text } of sets()) {
      const fast = yamlFastSet(text);
      const full = yamlIndicatorSet(text, name);
      if (name.startsWith('vn-') || full.findings.length === 0) expect(fast, name).not.toBeNull();
      expect(agrees(text), name).toBe(true);
    }
  });

  it('steps aside for every set with a finding, and agrees on every edited set it loads', () => {
    for (const { name, text } of sets()) {
      const edits = [...valueEdits(text)];
      for (let seed = 0; seed < 25; seed++) {
        edits.push(...mutations(text, seed, 2), ...lineMutations(text, seed, 2));
      }
      for (const edited of edits) expect(agrees(edited), `${name}: ${edited}`).toBe(true);
    }
  });
});
