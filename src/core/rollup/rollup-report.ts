import { CannotRunError } from '../findings/cannot-run-error.js';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { EntityScore, IndicatorScore, Report, RollupMode } from '../score/report.js';
import {
  entitiesFromIndicators,
  scoreEntities,
  type EntityHeader,
} from '../score/score-entities.js';
import type { EntityData } from '../table/dataset.js';
import { entityEra, sideEra } from './entity-era.js';
import { rollupScores } from './rollup-scores.js';
import { rollupValues } from './rollup-values.js';
import { predecessorsOf } from './successor-units.js';
import { unitPlan, type UnitPlan } from './unit-plan.js';

/**
 * A report of pre-2025 provinces brought to the 2025 units (spec §8.2): one entity per unit in
 * code order, named and coded as the unit, with the year of the data and the predecessors
 * present (with their own indexes); ranks are among the units. `ROLLUP_PARTIAL` names the
 * predecessors a unit lacks. Data already in 2025 units, or by free label, is returned as it is
 * with `ROLLUP_NOT_APPLICABLE`; data mixing both eras cannot be rolled up (exit 2).
 *
 * `report.data` must be the bound data of `report.entities`, entity for entity (buildReport).
 */
export function rollupReport(report: Report, mode: RollupMode, side: string): Report {
  const era = sideEra(report.entities);
  if (era === 'mixed') throw mixedEras(report.entities, side);
  if (era !== 'pre-2025') {
    return { ...report, findings: [...report.findings, makeFinding('ROLLUP_NOT_APPLICABLE', {})] };
  }
  const { units, others } = unitPlan(report.entities);
  const findings: Finding[] = [
    ...report.findings,
    ...units.flatMap((plan) => partialFinding(plan, report.entities)),
  ];
  const { set } = report;
  let entities: EntityScore[];
  let data: EntityData[] = report.data;
  if (mode === 'scores') {
    const rows = [
      ...units.map((plan) => ({
        entity: unitHeader(plan, report.entities),
        indicators: rollupScores(
          set,
          plan.members.map((e) => report.entities[e]!.indicators),
          report.policy.missing,
        ),
      })),
      ...others.map((e) => ({ entity: report.entities[e]!, indicators: unchanged(report, e) })),
    ];
    entities = entitiesFromIndicators(set, rows);
  } else {
    data = [
      ...units.map((plan) => ({
        ...unitHeader(plan, report.entities),
        values: rollupValues(
          set,
          plan.members.map((e) => report.data[e]!),
        ),
      })),
      ...others.map((e) => report.data[e]!),
    ];
    entities = scoreEntities(set, data, report.policy);
  }
  units.forEach((plan, u) => {
    entities[u]!.predecessors = plan.members.map((e) => {
      const member = report.entities[e]!;
      return { code: member.province!.code, name: member.province!.name, index: member.index };
    });
  });
  return {
    set,
    policy: { missing: report.policy.missing, rollup: mode },
    entities,
    findings,
    data,
  };
}

function unchanged(report: Report, e: number): IndicatorScore[] {
  return report.entities[e]!.indicators;
}

/** The unit as the entity of the rolled-up report; its source is its first predecessor's. */
function unitHeader(plan: UnitPlan, entities: readonly EntityScore[]): EntityHeader {
  const first = entities[plan.members[0]!]!;
  return {
    label: plan.unit.name,
    province: { code: plan.unit.code, name: plan.unit.name },
    year: plan.year,
    source: first.source,
  };
}

/** ROLLUP_PARTIAL when the registry lists predecessors of the unit that the data lacks. */
function partialFinding(plan: UnitPlan, entities: readonly EntityScore[]): Finding[] {
  const present = new Set(plan.members.map((e) => entities[e]!.province!.code));
  const absent = predecessorsOf(plan.unit.code).filter((unit) => !present.has(unit.code));
  if (absent.length === 0) return [];
  return [
    makeFinding(
      'ROLLUP_PARTIAL',
      {
        unit: plan.unit.name,
        code: plan.unit.code,
        absent: absent.map((unit) => `${unit.name} (${unit.code})`).join(', '),
      },
      {},
      { province: plan.unit.code },
    ),
  ];
}

function mixedEras(entities: readonly EntityScore[], side: string): CannotRunError {
  const pre = entities.find((entity) => entityEra(entity) === 'pre-2025')!;
  const current = entities.find((entity) => entityEra(entity) === '2025')!;
  return CannotRunError.of('RUN_COMPARE_MIXED_ERAS', {
    side,
    pre: pre.label,
    current: current.label,
  });
}
