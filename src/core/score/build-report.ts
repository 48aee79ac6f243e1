import type { Dataset } from '../table/dataset.js';
import type { Finding } from '../findings/finding.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { Report } from './report.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import { scoreEntities } from './score-entities.js';

/**
 * The report of one run: every entity of every dataset in input order (files in command-line
 * order, rows in file order), scored under the effective missing policy (--missing, else the
 * set's), with the findings of all inputs.
 */
export function buildReport(
  set: ResolvedSet,
  datasets: readonly Dataset[],
  findings: readonly Finding[],
  policy: { missing: MissingPolicy },
): Report {
  const data = datasets.flatMap((dataset) => dataset.entities);
  return {
    set,
    policy: { missing: policy.missing },
    entities: scoreEntities(set, data, policy),
    findings: [...findings],
    data,
  };
}
