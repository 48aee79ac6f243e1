import type { EntityCoverage } from '../../core/score/entity-coverage.js';
import type { Dataset } from '../../core/table/dataset.js';
import type { Finding } from '../../core/findings/finding.js';

/** The outcome of validating one file: what `--format json` lists and the text summary says. */
export interface FileSummary {
  /** Base name, as the findings name the file. */
  file: string;
  /** The path as given on the command line. */
  path: string;
  valid: boolean;
  layout: 'long' | 'wide' | null;
  /** Entity labels in table order (province names, or free labels). */
  entities: string[];
  /** Each entity's province code, parallel to `entities`: how CI formats file a finding under it. */
  entityProvinces: Array<string | null>;
  errors: number;
  warnings: number;
  infos: number;
  findings: Finding[];
  /** Every entity's coverage (spec §7), in table order. */
  coverage: EntityCoverage[];
}

export interface ValidateSummary {
  valid: boolean;
  strict: boolean;
  files: FileSummary[];
  errors: number;
  warnings: number;
}

/** Counts per file and overall; with `strict`, a warning makes a file invalid (spec §1). */
export function validateSummary(
  inputs: ReadonlyArray<{
    file: string;
    path: string;
    dataset: Dataset;
    coverage?: readonly EntityCoverage[];
  }>,
  strict: boolean,
): ValidateSummary {
  const files = inputs.map(({ file, path, dataset, coverage = [] }): FileSummary => {
    const count = (severity: Finding['severity']) =>
      dataset.findings.filter((finding) => finding.severity === severity).length;
    const errors = count('error');
    const warnings = count('warning');
    return {
      file,
      path,
      valid: errors === 0 && (!strict || warnings === 0),
      layout: dataset.layout,
      entities: dataset.entities.map((entity) => entity.label),
      entityProvinces: dataset.entities.map((entity) => entity.province?.code ?? null),
      errors,
      warnings,
      infos: count('info'),
      findings: dataset.findings,
      coverage: [...coverage],
    };
  });
  return {
    valid: files.every((file) => file.valid),
    strict,
    files,
    errors: files.reduce((sum, file) => sum + file.errors, 0),
    warnings: files.reduce((sum, file) => sum + file.warnings, 0),
  };
}
