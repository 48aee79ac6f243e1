import type { Lang } from '../../core/findings/finding.js';
import type { Report } from '../../core/score/report.js';
import { workbookBatchSheets } from './workbook-batch-sheets.js';
import { workbookCommonSheets } from './workbook-common-sheets.js';
import { workbookContext } from './workbook-context.js';
import { workbookEntitySheets } from './workbook-entity-sheets.js';
import { workbookWrite } from './workbook-write.js';

export interface WorkbookOptions {
  lang: Lang;
  toolVersion: string;
  /** Input files with their SHA-256, for the method sheet. */
  inputs: { file: string; sha256: string }[];
  /** created/modified date (from SOURCE_DATE_EPOCH when set). */
  date: Date;
}

/**
 * From this many entities on, the workbook is streamed: ExcelJS's in-memory writer grows
 * superlinearly in time and memory (ecosystem.md §3.3), and a national batch of communes can run
 * into thousands of rows per sheet.
 */
export const STREAMING_THRESHOLD = 500;

/** The report workbook of spec §4.3 as .xlsx bytes. ExcelJS is imported lazily. */
export async function reportWorkbook(
  report: Report,
  options: WorkbookOptions,
): Promise<Uint8Array> {
  const ctx = workbookContext(report, options.lang);
  const [single] = report.entities;
  const sheets =
    report.entities.length === 1 && single !== undefined
      ? workbookEntitySheets(ctx, single)
      : workbookBatchSheets(ctx);
  sheets.push(
    ...workbookCommonSheets(ctx, {
      toolVersion: options.toolVersion,
      inputs: options.inputs,
      date: options.date,
    }),
  );
  return workbookWrite(sheets, {
    date: options.date,
    streaming: report.entities.length >= STREAMING_THRESHOLD,
  });
}
