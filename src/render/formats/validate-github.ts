import { columnNumber } from '../../core/table/cell-address.js';
import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { Finding, Lang } from '../../core/findings/finding.js';
import type { ValidateSummary } from './validate-summary.js';

/** Workflow-command property values escape `%`, CR, LF, `:` and `,` (spec §1). */
function escapeProperty(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}

/** The message of a workflow command escapes `%`, CR and LF. */
function escapeMessage(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** The line and column GitHub should mark: the Excel row for a workbook, the CSV line. */
function position(finding: Finding): { line: number | null; col: number | null } {
  const line = finding.sheet !== null ? finding.row : (finding.line ?? finding.row);
  const col =
    typeof finding.column === 'number'
      ? finding.column
      : typeof finding.column === 'string' && /^[A-Z]+$/i.test(finding.column)
        ? columnNumber(finding.column)
        : null;
  return { line, col };
}

/**
 * `validate --format github`: one workflow annotation per finding (`::error`, `::warning`,
 * `::notice` for info), pointing at the path as given on the command line, then a summary line.
 * A workbook's sheet and cell go into the message, since annotations know only lines.
 */
export function validateGithub(summary: ValidateSummary, lang: Lang): string {
  let out = '';
  for (const file of summary.files) {
    for (const finding of file.findings) {
      const { line, col } = position(finding);
      const props = [`file=${escapeProperty(file.path)}`];
      if (line !== null) props.push(`line=${line}`);
      if (col !== null && line !== null) props.push(`col=${col}`);
      props.push(`title=${escapeProperty(finding.code)}`);
      const where = finding.sheet !== null ? `${findingPlace(finding)}: ` : '';
      const message = `${where}${findingMessage(finding, lang)}`;
      out += `::${COMMAND[finding.severity]} ${props.join(',')}::${escapeMessage(message)}\n`;
    }
  }
  const verdict = summary.valid ? 'valid' : 'invalid';
  out += `smartcity validate: ${summary.files.length} file(s), ${summary.errors} error(s), ${summary.warnings} warning(s) — ${verdict}${summary.strict ? ' (--strict)' : ''}\n`;
  return out;
}
