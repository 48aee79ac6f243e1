/**
 * The smartcity library: what the CLI does, as functions (spec §11). Load a set, read and bind
 * a data file, score, render — with the same findings as the CLI. See docs/library.md.
 *
 * Nothing here prints or exits: findings are returned as data, and only "cannot run" problems
 * (a missing file, an unknown set) are thrown, as SmartcityError.
 */
export { loadSet, type LoadSetOptions, type LoadSetResult } from './lib/load-set.js';
export { readDataFile, type ReadDataOptions } from './lib/read-data-file.js';
export { bindData, type BindDataOptions } from './lib/bind-data.js';
export { score, type ScoreOptions } from './lib/score.js';
export { renderJson } from './lib/render-json.js';
export { renderCsv } from './lib/render-csv.js';
export { renderWorkbook, type WorkbookRenderOptions } from './lib/render-workbook.js';
export type { RenderOptions } from './lib/render-options.js';
export { findingText } from './lib/finding-text.js';
export { SmartcityError } from './lib/smartcity-error.js';
export type { Finding, Lang, Severity } from './core/findings/finding.js';
export type { ResolvedSet } from './core/set/resolved-set.js';
export type { RawSource } from './core/table/raw-table.js';
export type { Dataset, EntityData } from './core/table/dataset.js';
export type {
  Report,
  EntityScore,
  GroupScore,
  IndicatorScore,
  GapEntry,
} from './core/score/report.js';
