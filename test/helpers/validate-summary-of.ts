import type { Finding } from '../../src/core/findings/finding.js';
import type { EntityData } from '../../src/core/table/dataset.js';
import {
  validateSummary,
  type ValidateSummary,
} from '../../src/render/formats/validate-summary.js';

interface FakeFile {
  file: string;
  /** Entities as [label, province code or null]; none means the table could not be read. */
  entities?: Array<[string, string | null]>;
  findings: Finding[];
}

/** A validate summary of made-up files, built by the real `validateSummary`. */
export function summaryOf(files: FakeFile[], strict = false): ValidateSummary {
  return validateSummary(
    files.map(({ file, entities = [], findings }) => ({
      file,
      path: file,
      dataset: {
        layout: entities.length === 0 ? null : entities.length === 1 ? 'long' : 'wide',
        entities: entities.map(([label, code]): EntityData => ({
          label,
          province: code === null ? null : { code, name: label },
          year: 2025,
          source: { file, sheet: null },
          values: new Map(),
        })),
        findings,
      },
    })),
    strict,
  );
}
