import type { Finding } from '../findings/finding.js';

/** A file left out of a `--keep-going` report (spec §7), with everything found in it. */
export interface RejectedInput {
  file: string;
  errors: number;
  warnings: number;
  findings: Finding[];
}

/**
 * Splits the inputs of a `score --keep-going` run (spec §7): a file with an error — or a warning
 * under `strict` — is rejected whole; the others are kept, in their order. `kept` holds the
 * indexes of the inputs to score.
 */
export function rejectInputs(
  inputs: ReadonlyArray<{ file: string; findings: readonly Finding[] }>,
  strict: boolean,
): { kept: number[]; rejected: RejectedInput[] } {
  const kept: number[] = [];
  const rejected: RejectedInput[] = [];
  inputs.forEach((input, i) => {
    const errors = input.findings.filter((f) => f.severity === 'error').length;
    const warnings = input.findings.filter((f) => f.severity === 'warning').length;
    if (errors > 0 || (strict && warnings > 0)) {
      rejected.push({ file: input.file, errors, warnings, findings: [...input.findings] });
    } else {
      kept.push(i);
    }
  });
  return { kept, rejected };
}
