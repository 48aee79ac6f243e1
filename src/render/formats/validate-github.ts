import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { Lang } from '../../core/findings/finding.js';
import { findingPosition } from './finding-position.js';
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

/**
 * `validate --format github`: one workflow annotation per finding (`::error`, `::warning`,
 * `::notice` for info), pointing at the path as given on the command line, then a summary line.
 * A workbook's sheet and cell go into the message, since annotations know only lines.
 */
export function validateGithub(summary: ValidateSummary, lang: Lang): string {
  let out = '';
  for (const file of summary.files) {
    for (const finding of file.findings) {
      const { line, column: col } = findingPosition(finding);
      const props = [`file=${escapeProperty(file.path)}`];
      if (line !== null) props.push(`line=${line}`);
      if (col !== null) props.push(`col=${col}`);
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
