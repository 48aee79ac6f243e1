import { findingMessage, findingPlace } from '../core/findings/format-finding.js';
import type { Finding, Lang } from '../core/findings/finding.js';

/**
 * One finding as one line, the way the CLI words it: `place: CODE message` — the place is
 * `file › Sheet!E12` for workbooks and `file:line:col` for CSV and YAML.
 */
export function findingText(finding: Finding, lang: Lang = 'vi'): string {
  const place = findingPlace(finding);
  const text = `${finding.code} ${findingMessage(finding, lang)}`;
  return place === '' ? text : `${place}: ${text}`;
}
