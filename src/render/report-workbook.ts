import type { Lang } from '../core/finding.js';
import type { Report } from '../core/report.js';

export interface WorkbookOptions {
  lang: Lang;
  toolVersion: string;
  /** Input files with their SHA-256, for the method sheet. */
  inputs: { file: string; sha256: string }[];
  /** created/modified date (from SOURCE_DATE_EPOCH when set). */
  date: Date;
}

/** The report workbook of spec §4.3 as .xlsx bytes. ExcelJS is imported lazily. */
export async function reportWorkbook(
  _report: Report,
  _options: WorkbookOptions,
): Promise<Uint8Array> {
  throw new Error('reportWorkbook: not implemented yet');
}
