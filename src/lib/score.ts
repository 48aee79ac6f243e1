import { buildReport } from '../core/score/build-report.js';
import type { Report } from '../core/score/report.js';
import type { MissingPolicy } from '../core/set/indicator-set-schema.js';
import type { ResolvedSet } from '../core/set/resolved-set.js';
import type { Dataset } from '../core/table/dataset.js';

export interface ScoreOptions {
  /** Missing values count as zero or are left out (`--missing`); default: the set's policy. */
  missing?: MissingPolicy;
}

/**
 * Scores every entity of the datasets (in order) and ranks them: the report the CLI renders.
 * Findings of the datasets are carried into `report.findings`. Like the CLI, check them first:
 * the CLI refuses to score when any has severity `error`; the library leaves that to the caller.
 */
export function score(
  set: ResolvedSet,
  datasets: Dataset | readonly Dataset[],
  options: ScoreOptions = {},
): Report {
  const list: readonly Dataset[] = Array.isArray(datasets) ? datasets : [datasets as Dataset];
  return buildReport(
    set,
    list,
    list.flatMap((dataset) => dataset.findings),
    { missing: options.missing ?? set.missing },
  );
}
