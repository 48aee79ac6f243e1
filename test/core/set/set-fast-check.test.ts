// The zod-free check must accept only what the zod schema accepts, and give back exactly zod's
// output; and resolveSetFast must give exactly resolveSet's set whenever it gives one. Checked on
// the repository's sets and on thousands of edited copies of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indicatorSetSchema } from '../../../src/core/set/indicator-set-schema.js';
import { resolveSet } from '../../../src/core/set/resolve-set.js';
import { resolveSetFast } from '../../../src/core/set/resolve-set-fast.js';
import { setFastCheck } from '../../../src/core/set/set-fast-check.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** The parsed valid sets of the repository. */
function validSets(): unknown[] {
  const files = [
    join(root, 'indicators', 'vn-smartcity-1.0.yaml'),
    ...['test/fixtures/sets', 'test/fixtures/template-sets'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => join(root, dir, name)),
    ),
  ];
  return files.map((file) => parse(readFileSync(file, 'utf8'), { version: '1.2' }) as unknown);
}

const REPLACEMENTS: unknown[] = [
  null,
  '',
  'x',
  'a b',
  'kebab-id',
  'A.1',
  'percent',
  'level',
  'lower',
  'target',
  'steps',
  'info',
  'exclude',
  'required',
  '2019-09-13',
  '2019-9-13',
  0,
  -0,
  -1,
  0.5,
  1,
  2,
  1e300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  [1, 2],
  [null, 100],
  [1, 2, 3],
  { vi: 'a' },
  { vi: '' },
  { vi: 'a', en: 'b', fr: 'c' },
  { min: 1, score: 1 },
  { max: 1, score: 0.5 },
  { min: 1, max: 2, score: 1 },
  { method: 'boolean' },
  { method: 'target', target: 1 },
];
const EXTRA_KEYS = ['tpye', 'points', 'worst', 'description', 'en', 'groups', 'indicators', 'max'];

/** Every path into a value (keys and list indexes). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key])),
  ];
}

/** A deep copy with one edit: a value replaced, a key removed or added, a list item doubled. */
function edited(set: unknown, pick: (n: number) => number): unknown {
  const copy = structuredClone(set);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[pick(all.length)]!;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], copy) as
    Record<string | number, unknown> | unknown[];
  const last = path[path.length - 1]!;
  const kind = pick(4);
  if (kind === 0)
    (parent as Record<string | number, unknown>)[last] = REPLACEMENTS[pick(REPLACEMENTS.length)];
  else if (kind === 1 && Array.isArray(parent))
    parent.push(structuredClone(parent[last as number]));
  else if (kind === 1 || kind === 2) delete (parent as Record<string | number, unknown>)[last];
  else if (!Array.isArray(parent))
    parent[EXTRA_KEYS[pick(EXTRA_KEYS.length)]!] = REPLACEMENTS[pick(REPLACEMENTS.length)];
  return copy;
}

function agreesWithZod(input: unknown): boolean {
  const fast = setFastCheck(input);
  if (fast === null) return true;
  const zod = indicatorSetSchema.safeParse(input);
  return zod.success && isDeepStrictEqual(fast, zod.data);
}

function agreesWithResolveSet(input: unknown): boolean {
  const fast = resolveSetFast(input);
  if (fast === null) return true;
  const full = resolveSet(input);
  return full.issues.length === 0 && isDeepStrictEqual(fast, full.set);
}

describe('setFastCheck', () => {
  it('accepts the valid sets and gives exactly what zod gives', () => {
    for (const set of validSets()) {
      expect(setFastCheck(set)).not.toBeNull();
      expect(agreesWithZod(set)).toBe(true);
    }
  });

  it('never accepts an edited set that zod refuses or reads otherwise', () => {
    // Checked after every edit, not only the last.
    forEditedSets(3, (set) => expect(agreesWithZod(set)).toBe(true), true);
  });
});

describe('resolveSetFast', () => {
  it('gives the valid sets exactly as resolveSet does', () => {
    for (const set of validSets()) {
      expect(resolveSetFast(set)).not.toBeNull();
      expect(agreesWithResolveSet(set)).toBe(true);
    }
  });

  it('gives a set only when resolveSet has no issue at all, and then the same set', () => {
    forEditedSets(2, (set) => expect(agreesWithResolveSet(set)).toBe(true), false);
  });
});

/**
 * Runs `check` on valid sets after 1 to `maxEdits` random edits (fast-check drives the choices):
 * after each edit when `eachStep`, else on the final set.
 */
function forEditedSets(maxEdits: number, check: (set: unknown) => void, eachStep: boolean): void {
  const sets = validSets();
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: sets.length - 1 }),
      fc.infiniteStream(fc.nat()),
      (s, stream) => {
        const iterator = stream[Symbol.iterator]();
        const pick = (n: number): number => iterator.next().value! % n;
        let set = sets[s];
        for (let edits = 1 + pick(maxEdits); edits > 0; edits--) {
          set = edited(set, pick);
          if (eachStep) check(set);
        }
        if (!eachStep) check(set);
      },
    ),
    { numRuns: 1500 },
  );
}
