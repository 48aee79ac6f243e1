import type { Lang } from '../../core/findings/finding.js';
import { validateGitlab } from '../../render/formats/validate-gitlab.js';
import { validateJunit } from '../../render/formats/validate-junit.js';
import { validateSarif } from '../../render/formats/validate-sarif.js';
import type { ValidateSummary } from '../../render/formats/validate-summary.js';
import { toolVersion } from '../tool-version.js';

const CI_FORMATS = ['junit', 'sarif', 'gitlab'] as const;
type CiFormat = (typeof CI_FORMATS)[number];

/** The report formats CI servers read (spec §11): JUnit XML, SARIF 2.1.0, GitLab Code Quality. */
export function isCiFormat(format: string): format is CiFormat {
  return (CI_FORMATS as readonly string[]).includes(format);
}

/** `validate --format junit|sarif|gitlab`: the report, written to stdout like the other formats. */
export function ciFormatOutput(format: CiFormat, summary: ValidateSummary, lang: Lang): string {
  if (format === 'junit') return validateJunit(summary, lang);
  if (format === 'sarif') return validateSarif(summary, lang, toolVersion());
  return validateGitlab(summary, lang);
}
