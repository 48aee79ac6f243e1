import type { Finding } from '../../core/findings/finding.js';
import type { FileSummary } from './validate-summary.js';

/**
 * The path a CI report names for a finding: the finding's own `file` (the path of spec §6,
 * relative with `/` separators), else the file it was found in.
 */
export function findingPath(finding: Finding, file: FileSummary): string {
  return finding.file ?? file.file;
}
