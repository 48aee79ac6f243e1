import type { Report } from '../core/score/report.js';
import { toolVersion } from '../cli/tool-version.js';
import type { RenderOptions } from './render-options.js';

export interface WorkbookRenderOptions extends RenderOptions {
  /** The date on the cover and in the file's properties; default now. */
  date?: Date;
  /** Input files and their SHA-256, listed on the method sheet. */
  inputs?: { file: string; sha256: string }[];
}

/** The .xlsx report of `score -o report.xlsx`, as bytes to write or send. */
export async function renderWorkbook(
  report: Report,
  options: WorkbookRenderOptions = {},
): Promise<Uint8Array> {
  // Lazy: the workbook writer loads only for programs that make workbooks.
  const { reportWorkbook } = await import('../render/workbook/report-workbook.js');
  const pieces = await reportWorkbook(report, {
    lang: options.lang ?? 'vi',
    toolVersion: toolVersion(),
    inputs: options.inputs ?? [],
    date: options.date ?? new Date(),
  });
  // One buffer for a program to keep or send; a plain Uint8Array, as promised, over its bytes.
  const joined = Buffer.concat(pieces);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
}
