import type { Report } from '../core/score/report.js';
import { reportCsv } from '../render/formats/report-csv.js';
import type { RenderOptions } from './render-options.js';

/** The CSV report of `score -o report.csv`. */
export function renderCsv(report: Report, options: RenderOptions = {}): string {
  return reportCsv(report, { lang: options.lang ?? 'vi' });
}
