import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setJsonSchema } from '../../../src/core/set/set-json-schema.js';

describe('indicators/indicator-set.schema.json', () => {
  it('is in sync with the zod schema (regenerate: npx tsx scripts/write-schema.ts)', () => {
    const committed = readFileSync(
      new URL('../../../indicators/indicator-set.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(setJsonSchema());
  });

  it('describes recursive groups through $defs', () => {
    const schema = JSON.parse(setJsonSchema()) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toEqual(['group']);
    expect(setJsonSchema()).toContain('"$ref": "#/$defs/group"');
  });
});
