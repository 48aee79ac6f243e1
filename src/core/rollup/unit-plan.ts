import type { ProvinceUnit } from '../province/province-unit.js';
import type { EntityHeader } from '../score/score-entities.js';
import { naturalCompare } from '../text/natural-compare.js';
import { entityEra } from './entity-era.js';
import { successorOf } from './successor-units.js';

/** One 2025 unit of a roll-up: the entities (by index) of its predecessors, in code order. */
export interface UnitPlan {
  unit: ProvinceUnit;
  year: number | null;
  members: number[];
}

/**
 * Which entities make up which 2025 unit (spec §8.2): every pre-2025 province (a continuing
 * one too) goes to its registry successor, one unit per successor and year; units come in the
 * order of their codes, then years. Entities with no province (free labels) are `others`, kept
 * in input order after the units; they are never rolled up.
 */
export function unitPlan(entities: readonly EntityHeader[]): {
  units: UnitPlan[];
  others: number[];
} {
  const byKey = new Map<string, UnitPlan>();
  const others: number[] = [];
  entities.forEach((entity, e) => {
    const era = entityEra(entity);
    const unit =
      entity.province !== null && (era === 'pre-2025' || era === 'either')
        ? successorOf(entity.province.code)
        : null;
    if (unit === null) {
      others.push(e);
      return;
    }
    const key = `${unit.code}|${entity.year ?? ''}`;
    let plan = byKey.get(key);
    if (plan === undefined) {
      plan = { unit, year: entity.year, members: [] };
      byKey.set(key, plan);
    }
    plan.members.push(e);
  });
  const units = [...byKey.values()].sort(
    (a, b) =>
      naturalCompare(a.unit.code, b.unit.code) || (a.year ?? Infinity) - (b.year ?? Infinity),
  );
  for (const plan of units) {
    plan.members.sort((a, b) =>
      naturalCompare(entities[a]!.province!.code, entities[b]!.province!.code),
    );
  }
  return { units, others };
}
