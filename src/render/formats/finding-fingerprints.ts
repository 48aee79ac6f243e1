import { createHash } from 'node:crypto';
import type { Finding } from '../../core/findings/finding.js';
import { findingPath } from './finding-path.js';
import type { ValidateSummary } from './validate-summary.js';

/**
 * A fingerprint for every finding, in report order (files, then each file's findings): the hex
 * SHA-256 of its code, path, place and value, so it does not change from run to run, with
 * `--lang`, or when other findings come and go. Findings alike in all of these (one message
 * said twice about a file as a whole) are told apart by their rank among their twins, counted
 * in report order.
 */
export function findingFingerprints(summary: ValidateSummary): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const file of summary.files) {
    for (const finding of file.findings) {
      const key = JSON.stringify(keyOf(finding, findingPath(finding, file)));
      const rank = seen.get(key) ?? 0;
      seen.set(key, rank + 1);
      out.push(
        createHash('sha256')
          .update(rank === 0 ? key : `${key}#${rank}`)
          .digest('hex'),
      );
    }
  }
  return out;
}

function keyOf(finding: Finding, path: string): unknown[] {
  const { code, sheet, cell, row, column, line, value } = finding;
  return [code, path, sheet, cell, row, column, line, value];
}
