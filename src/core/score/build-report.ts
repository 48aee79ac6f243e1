import type { Dataset } from '../table/dataset.js';
import type { Finding } from '../findings/finding.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { Report } from './report.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import { scoreEntities } from './score-entities.js';

/**
 * The report of one run: every entity of every dataset in input order (files in command-line
 * order, rows in file order), scored under the effective missing policy (--missing, else the
 * set's), with the findings of all inputs. `minCoverage` (spec §7) takes the rating away from
 * an entity whose data covers less of the points.
 */
export function buildReport(
  set: ResolvedSet,
  datasets: readonly Dataset[],
  findings: readonly Finding[],
  policy: { missing: MissingPolicy; minCoverage?: number },
): Report {
  const data = datasets.flatMap((dataset) => dataset.entities);
  const minCoverage = policy.minCoverage ?? 0;
  const entities = scoreEntities(set, data, { missing: policy.missing });
  if (minCoverage > 0) {
    // Below the coverage threshold an entity is not rated (spec §7); its scores and rank stay.
    for (const entity of entities) {
      if (entity.coverage < minCoverage) {
        entity.rating = null;
        entity.lowCoverage = true;
      }
    }
  }
  return {
    set,
    policy: { missing: policy.missing },
    entities,
    findings: [...findings],
    data,
  };
}
