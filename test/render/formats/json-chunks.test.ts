import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../../src/render/formats/json-chunks.js';
import { JsonText } from '../../../src/render/formats/json-text.js';

const text = (value: unknown): string => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(text(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('streams generators as arrays, lazily, in documents of any shape', () => {
    let produced = 0;
    function* entities() {
      for (let i = 0; i < 3; i++) {
        produced++;
        yield { label: `e${i}`, groups: [{ code: 'A', index: i / 3 }], empty: [] };
      }
    }
    const chunks = jsonChunks({
      schemaVersion: 1,
      skip: undefined,
      entities: entities(),
      none: [],
    });
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect(produced).toBe(0);
    const rest = [...chunks].join('');
    expect(produced).toBe(3);
    const eager = {
      schemaVersion: 1,
      entities: [0, 1, 2].map((i) => ({
        label: `e${i}`,
        groups: [{ code: 'A', index: i / 3 }],
        empty: [],
      })),
      none: [],
    };
    expect(`${first.value as string}${rest}`).toBe(JSON.stringify(eager, null, 2));
  });

  it('writes an empty generator as []', () => {
    expect(text({ a: (function* () {})() })).toBe('{\n  "a": []\n}');
  });

  it('writes a JsonText as the text it gives for the indentation of its place', () => {
    const item = { a: [1, { b: 'ü' }] };
    const raw = new JsonText((indent) => [
      JSON.stringify(item, null, 2).replaceAll('\n', `\n${indent}`),
    ]);
    function* items() {
      yield raw;
      yield item;
    }
    const doc = { list: items(), one: raw };
    const eager = { list: [item, item], one: item };
    expect(text(doc)).toBe(JSON.stringify(eager, null, 2));
  });
});
