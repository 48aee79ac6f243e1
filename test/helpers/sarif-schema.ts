import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/**
 * A validator for the OASIS SARIF 2.1.0 schema (test/fixtures/sarif, JSON Schema draft 04, with
 * its `uri`, `uri-reference` and `date-time` formats checked). Returns Ajv's error list: empty
 * when the log is valid SARIF.
 */
export function sarifSchemaErrors(): (log: unknown) => string[] {
  // Both packages are CommonJS with their class on `default` (esModuleInterop's view of them).
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  ) as object;
  const validate = ajv.compile(schema);
  return (log) =>
    validate(log)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`.trim());
}
