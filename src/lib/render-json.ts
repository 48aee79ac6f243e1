import type { Report } from '../core/score/report.js';
import { reportJson } from '../render/formats/report-json.js';
import { toolVersion } from '../cli/tool-version.js';
import type { RenderOptions } from './render-options.js';

/** The JSON report of `score --format json` (spec §4.2), byte for byte. */
export function renderJson(report: Report, options: RenderOptions = {}): string {
  return reportJson(report, { lang: options.lang ?? 'vi', toolVersion: toolVersion() });
}
