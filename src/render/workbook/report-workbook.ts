import type { Lang } from '../../core/findings/finding.js';
import type { Report } from '../../core/score/report.js';
import type { NationalRank } from '../../core/score/unit-report.js';
import { xlsxWrite } from '../xlsx/xlsx-write.js';
import { workbookBatchSheets } from './workbook-batch-sheets.js';
import { workbookCommonSheets } from './workbook-common-sheets.js';
import { workbookContext } from './workbook-context.js';
import type { RejectedInput } from '../../core/score/reject-inputs.js';
import { reportTitle, workbookCover, type MissingUnit } from './workbook-cover.js';
import { rejectedFiles, workbookRejectedSheet } from './workbook-rejected-sheet.js';
import { workbookEntitySheets } from './workbook-entity-sheets.js';

export interface WorkbookOptions {
  lang: Lang;
  toolVersion: string;
  /** Input files with their SHA-256, for the method sheet. */
  inputs: { file: string; sha256: string }[];
  /** created/modified date and the cover's date (from SOURCE_DATE_EPOCH when set). */
  date: Date;
  /** Units of the round with no submission (spec §7 `--expect`), listed on the cover. */
  missingUnits?: readonly MissingUnit[] | null;
  /**
   * Files left out under `--keep-going` (spec §7): listed on the cover and, with every finding,
   * on the sheet **Hồ sơ bị loại** / **Rejected**. Null or absent: neither.
   */
  rejected?: readonly RejectedInput[] | null;
  /**
   * A per-unit report of a round (spec §7 `--split`, a one-entity report): the entity's national
   * rank, "5/34", on the cover and the summary, and how ranks are made on the method sheet.
   */
  nationalRank?: NationalRank | null;
}

/**
 * The report workbook of spec §4.3 and §9.1 as .xlsx bytes (in pieces, see xlsxWrite): the cover first, then the sheets of
 * one entity or of a batch, then data checks and method — all through the one writer.
 */
export async function reportWorkbook(
  report: Report,
  options: WorkbookOptions,
): Promise<Uint8Array[]> {
  const ctx = workbookContext(report, options.lang);
  const rejected = options.rejected ?? [];
  const [single] = report.entities;
  const cover = workbookCover(ctx, {
    date: options.date,
    ...(options.missingUnits === undefined ? {} : { missingUnits: options.missingUnits }),
    ...(rejected.length === 0 ? {} : { rejectedFiles: rejectedFiles(ctx, rejected) }),
    nationalRank: options.nationalRank ?? null,
  });
  const sheets = [
    cover,
    ...(report.entities.length === 1 && single !== undefined
      ? workbookEntitySheets(ctx, single, options.nationalRank ?? null)
      : workbookBatchSheets(ctx)),
    ...(rejected.length === 0 ? [] : [workbookRejectedSheet(ctx, rejected)]),
    ...workbookCommonSheets(ctx, {
      toolVersion: options.toolVersion,
      inputs: options.inputs,
      date: options.date,
      ranked: options.nationalRank !== undefined && options.nationalRank !== null,
    }),
  ];
  return xlsxWrite(sheets, {
    date: options.date,
    page: { title: reportTitle(ctx), pageWord: ctx.labels.cover.page },
  });
}
