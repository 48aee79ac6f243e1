import { z } from 'zod';
import { indicatorSetSchema } from './indicator-set-schema.js';

/**
 * The JSON Schema of the set format, generated from the zod schema so the two cannot drift
 * (`indicators/indicator-set.schema.json`, checked by a test). `io: 'input'` describes what an
 * author writes (optional keys stay optional, steps keep `min`/`max`), not the parsed output.
 */
export function setJsonSchema(): string {
  const schema = z.toJSONSchema(indicatorSetSchema, { io: 'input', target: 'draft-2020-12' });
  // The recursive group gets a generated name; `.meta({ id })` would name it, but ids live in zod's
  // process-wide registry and a second load of this module (test runners do that) would clash.
  return `${JSON.stringify(schema, null, 2).replaceAll('__schema0', 'group')}\n`;
}
