import type {
  EntitySensitivity,
  SensitivityResult,
} from '../../core/sensitivity/sensitivity-analysis.js';
import { roundNumber } from './round-number.js';

/**
 * The JSON of `smartcity sensitivity` (spec §10): keys in the order shown there, numbers rounded
 * to 6 decimals like the report (§4.2), entities in input order, 2-space indent and a trailing
 * newline. Nothing here reads a clock, a locale or the environment: the same result always
 * gives the same bytes.
 */
export function sensitivityJson(result: SensitivityResult): string {
  const { options } = result;
  const doc = {
    schemaVersion: 1,
    kind: 'sensitivity',
    runs: options.runs,
    seed: options.seed,
    weights: roundNumber(options.weights),
    perturb: options.perturb,
    missingAlt: options.missingAlt,
    entities: result.entities.map(entityJson),
    meanAbsShift: roundNumber(result.meanAbsShift),
    leaveOneOut: result.leaveOneOut.map((left) => ({
      group: left.group,
      meanAbsShift: roundNumber(left.meanAbsShift),
      ranks: left.ranks.map((entry) => ({ entity: entry.entity, rank: entry.rank })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function entityJson(entity: EntitySensitivity): Record<string, unknown> {
  return {
    label: entity.label,
    province:
      entity.province === null ? null : { code: entity.province.code, name: entity.province.name },
    baseRank: entity.baseRank,
    medianRank: entity.medianRank,
    p05Rank: entity.p05Rank,
    p95Rank: entity.p95Rank,
    pRankChange: roundNumber(entity.pRankChange),
    meanAbsShift: roundNumber(entity.meanAbsShift),
  };
}
