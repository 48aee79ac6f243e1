import { CannotRunError } from '../findings/cannot-run-error.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { Report } from '../score/report.js';
import { leaveOneOut } from './leave-one-out.js';
import { rankTally, type RankSummary } from './rank-tally.js';
import { MAX_SEED, seededRandom } from './seeded-random.js';
import { sensitivityModel } from './sensitivity-model.js';
import { indexScratch, weightedRanks } from './weighted-ranks.js';

/** The most runs one analysis makes (a million runs of 34 provinces take a few seconds). */
export const MAX_RUNS = 1_000_000;

export interface SensitivityOptions {
  /** Whole number, 1 ≤ runs ≤ MAX_RUNS. */
  runs: number;
  /** Whole number, 0 ≤ seed ≤ MAX_SEED. */
  seed: number;
  /** f: each factor is drawn from [1 − f, 1 + f]; 0 ≤ f < 1. */
  weights: number;
  /** One factor per scored indicator, or one per top-level group (its indicators share it). */
  perturb: 'indicators' | 'groups';
  /** Each run also draws its missing policy, `zero` or `exclude`, with probability ½ each. */
  missingAlt: boolean;
}

export interface EntitySensitivity extends RankSummary {
  label: string;
  province: { code: string; name: string } | null;
  /** The rank of the normal scoring (the scorer's own), under the report's policy. */
  baseRank: number;
}

interface GroupLeftOut {
  group: string;
  meanAbsShift: number;
  /** Entities in input order. */
  ranks: { entity: string; rank: number }[];
}

export interface SensitivityResult {
  options: SensitivityOptions;
  /** The policy of the base ranks (and of every run without --missing-alt). */
  policy: MissingPolicy;
  /** Entities in input order. */
  entities: EntitySensitivity[];
  /** Mean over entities of their meanAbsShift. */
  meanAbsShift: number;
  /** One per top-level group, in the set's order. */
  leaveOneOut: GroupLeftOut[];
}

/**
 * How robust the ranking of a scored report is to its weights (spec §10): Monte Carlo over the
 * max points, as composite-indicator practice does it (JRC/OECD handbook, COINr).
 *
 * Achievements are the scorer's, taken once; each run draws, in this order, its missing policy
 * (only with `missingAlt`: one number u, `zero` when u < ½, else `exclude`) and then one factor
 * `1 − f + 2f·u` per scored indicator in the set's order (or per top-level group in the set's
 * order), multiplies each indicator's max points by its factor, recomputes every index from the
 * unchanged achievements under the run's policy, and ranks (§2.4). The numbers come from
 * seededRandom(seed), so a seed always gives the same result.
 */
export function sensitivityAnalysis(
  report: Pick<Report, 'set' | 'policy' | 'entities'>,
  options: SensitivityOptions,
): SensitivityResult {
  checkOptions(options);
  const entities = report.entities;
  if (entities.length < 2) {
    throw CannotRunError.of('RUN_SENSITIVITY_TOO_FEW_ENTITIES', { count: entities.length });
  }
  const policy = report.policy.missing;
  const model = sensitivityModel(report.set, entities);
  const n = model.entityCount;
  const m = model.indicatorCount;
  const baseRanks = Int32Array.from(entities, (entity) => entity.rank ?? n);

  const random = seededRandom(options.seed);
  const f = options.weights;
  const byGroup = options.perturb === 'groups';
  const factors = new Float64Array(byGroup ? model.groups.length : m);
  const weights = new Float64Array(m);
  const scratch = indexScratch(n);
  const tally = rankTally(n, options.runs);
  for (let run = 0; run < options.runs; run++) {
    let runPolicy = policy;
    if (options.missingAlt) runPolicy = random.unit() < 0.5 ? 'zero' : 'exclude';
    for (let k = 0; k < factors.length; k++) factors[k] = 1 - f + 2 * f * random.unit();
    for (let i = 0; i < m; i++) {
      const k = byGroup ? model.topGroup[i]! : i;
      weights[i] = k < 0 ? model.points[i]! : model.points[i]! * factors[k]!;
    }
    tally.add(weightedRanks(model, weights, runPolicy, scratch));
  }

  let shiftSum = 0;
  const results = entities.map((entity, e): EntitySensitivity => {
    const summary = tally.summary(e, baseRanks[e]!);
    shiftSum += summary.meanAbsShift;
    return {
      label: entity.label,
      province: entity.province,
      baseRank: baseRanks[e]!,
      ...summary,
    };
  });
  return {
    options: { ...options },
    policy,
    entities: results,
    meanAbsShift: shiftSum / n,
    leaveOneOut: leaveOneOut(model, policy, baseRanks).map((left) => ({
      group: left.group,
      meanAbsShift: left.meanAbsShift,
      ranks: entities.map((entity, e) => ({ entity: entity.label, rank: left.ranks[e]! })),
    })),
  };
}

/** The CLI says which range a value must lie in; a library caller gets a plain RangeError. */
function checkOptions(options: SensitivityOptions): void {
  const { runs, seed, weights } = options;
  if (!Number.isSafeInteger(runs) || runs < 1 || runs > MAX_RUNS) throw new RangeError('runs');
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError('seed');
  if (!(weights >= 0 && weights < 1)) throw new RangeError('weights');
}
