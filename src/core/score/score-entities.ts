import type { EntityData } from '../dataset.js';
import type { MissingPolicy } from '../indicator-set-schema.js';
import type { EntityScore } from '../report.js';
import type { ResolvedSet } from '../resolved-set.js';

/**
 * Scores every entity (spec §2.3–2.4) at full precision, with competition ranks on the total
 * and on every group when there is more than one entity.
 */
export function scoreEntities(
  _set: ResolvedSet,
  _entities: readonly EntityData[],
  _policy: { missing: MissingPolicy },
): EntityScore[] {
  throw new Error('scoreEntities: not implemented yet');
}
