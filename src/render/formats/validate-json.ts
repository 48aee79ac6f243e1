import { findingToJson } from '../../core/findings/format-finding.js';
import type { Lang } from '../../core/findings/finding.js';
import type { ValidateSummary } from './validate-summary.js';

/**
 * `validate --format json` (spec §1): `{schemaVersion, valid, files, findings}`, keys in a fixed
 * order and findings in input order, so the output is deterministic and diffable. `entities`
 * lists the entity labels (a count is `entities.length`).
 */
export function validateJson(summary: ValidateSummary, lang: Lang): string {
  const document = {
    schemaVersion: 1,
    valid: summary.valid,
    files: summary.files.map((file) => ({
      file: file.file,
      path: file.path,
      valid: file.valid,
      layout: file.layout,
      entities: file.entities,
      errors: file.errors,
      warnings: file.warnings,
      coverage: file.coverage.map((c) => ({
        entity: c.entity,
        reported: c.reported,
        scored: c.scored,
        coverage: Math.round(c.coverage * 1e6) / 1e6,
      })),
    })),
    findings: summary.files.flatMap((file) =>
      file.findings.map((finding) => findingToJson(finding, lang)),
    ),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
