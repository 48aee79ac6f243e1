import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { Finding, Lang } from '../../core/findings/finding.js';
import { plainStyle, type TextStyle } from './text-style.js';

/** One line per finding: `file › Sheet!D12  DATA_NOT_A_NUMBER  message`. */
export function findingsText(
  findings: readonly Finding[],
  lang: Lang,
  style: TextStyle = plainStyle,
): string {
  return findings
    .map((finding) => {
      const severity =
        finding.severity === 'error'
          ? style.red(finding.severity)
          : finding.severity === 'warning'
            ? style.yellow(finding.severity)
            : style.dim(finding.severity);
      const place = findingPlace(finding);
      return `${place ? `${place}  ` : ''}${severity} ${style.bold(finding.code)}  ${findingMessage(finding, lang)}\n`;
    })
    .join('');
}
