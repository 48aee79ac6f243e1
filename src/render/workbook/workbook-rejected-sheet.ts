import { severityRule } from './workbook-common-sheets.js';
import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { RejectedInput } from '../../core/score/reject-inputs.js';
import type { RejectedFile } from './workbook-cover.js';
import type { WorkbookContext } from './workbook-context.js';
import { NUMBER_FORMATS, type SheetCell, type SheetSpec } from './workbook-sheet.js';

/** How many of a rejected file's errors the cover and the sheet quote. */
const FIRST_ERRORS = 5;

/** "file › Sheet!D12  CODE  message": an error as a person reads it, place first. */
function errorLines(ctx: WorkbookContext, rejected: RejectedInput): string[] {
  return rejected.findings
    .filter((finding) => finding.severity === 'error')
    .slice(0, FIRST_ERRORS)
    .map((finding) => {
      const place = findingPlace(finding);
      return `${place ? `${place}  ` : ''}${finding.code}  ${findingMessage(finding, ctx.lang)}`;
    });
}

/** The cover's list of rejected files (spec §7). */
export function rejectedFiles(
  ctx: WorkbookContext,
  rejected: readonly RejectedInput[],
): RejectedFile[] {
  return rejected.map((r) => ({
    file: r.file,
    errors: r.errors,
    warnings: r.warnings,
    firstErrors: errorLines(ctx, r),
  }));
}

/**
 * The sheet **Hồ sơ bị loại** / **Rejected** of a `--keep-going` report (spec §7): one row per
 * error or warning of each rejected file (the first errors first), with the file, its counts and
 * the place to open, so the ministry can send each province exactly what to fix.
 */
export function workbookRejectedSheet(
  ctx: WorkbookContext,
  rejected: readonly RejectedInput[],
): SheetSpec {
  const { labels: l, lang } = ctx;
  const rows: SheetCell[][] = [];
  for (const r of rejected) {
    const shown = r.findings.filter((f) => f.severity !== 'info');
    const ordered = [
      ...shown.filter((f) => f.severity === 'error'),
      ...shown.filter((f) => f.severity !== 'error'),
    ];
    if (ordered.length === 0) rows.push([r.file, r.errors, r.warnings, null, null, null, null]);
    for (const finding of ordered) {
      rows.push([
        r.file,
        { value: r.errors, numFmt: NUMBER_FORMATS.integer },
        { value: r.warnings, numFmt: NUMBER_FORMATS.integer },
        l.severityNames[finding.severity],
        finding.code,
        findingPlace(finding),
        findingMessage(finding, lang),
      ]);
    }
  }
  return {
    name: l.sheets.rejected,
    columns: [
      { header: l.file, maxWidth: 40 },
      { header: l.errors, numFmt: NUMBER_FORMATS.integer },
      { header: l.warnings, numFmt: NUMBER_FORMATS.integer },
      { header: l.severity },
      { header: l.code, maxWidth: 32 },
      { header: l.place, maxWidth: 40 },
      { header: l.message, wrap: true, maxWidth: 70 },
    ],
    rows,
    rules: [severityRule(l, 3)],
  };
}
