// Regenerates indicators/indicator-set.schema.json from the zod schema: npx tsx scripts/write-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setJsonSchema } from '../src/core/set/set-json-schema.js';

const target = fileURLToPath(new URL('../indicators/indicator-set.schema.json', import.meta.url));
writeFileSync(target, setJsonSchema());
process.stdout.write(`wrote ${target}\n`);
