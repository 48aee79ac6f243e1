import { findingMessage } from '../../core/findings/format-finding.js';
import type { Lang } from '../../core/findings/finding.js';
import { findingFingerprints } from './finding-fingerprints.js';
import { findingPath } from './finding-path.js';
import { findingPosition } from './finding-position.js';
import type { ValidateSummary } from './validate-summary.js';
import { workbookPlace } from './workbook-place.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * `validate --format gitlab` (spec §11): a GitLab Code Quality report, one issue per finding.
 * `lines.begin` is the CSV line or the Excel row (1 when the finding has neither); a workbook's
 * sheet and cell lead the description, since the report knows only lines.
 */
export function validateGitlab(summary: ValidateSummary, lang: Lang): string {
  const fingerprints = findingFingerprints(summary);
  let index = 0;
  const issues = summary.files.flatMap((file) =>
    file.findings.map((finding) => {
      const place = workbookPlace(finding);
      return {
        description: `${place === null ? '' : `${place}: `}${findingMessage(finding, lang)}`,
        check_name: finding.code,
        fingerprint: fingerprints[index++]!,
        severity: SEVERITY[finding.severity],
        location: {
          path: findingPath(finding, file),
          lines: { begin: findingPosition(finding).line ?? 1 },
        },
      };
    }),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
}
