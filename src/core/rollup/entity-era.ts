import { provinceRegistry } from '../province/province-registry.js';
import type { EntityHeader } from '../score/score-entities.js';

/**
 * The era an entity's province resolved in (spec §3.3): the year's era when the year is known
 * (before 2025 the 63 provinces, from 2025 the 34 units), else the era of the registry unit with
 * its code and name — code 52 named Bình Định is pre-2025, named Gia Lai it is 2025. `either`: a
 * continuing unit without a year, the same in both eras. null: a free label, in no era.
 */
export type EntityEra = 'pre-2025' | '2025' | 'either' | null;

export function entityEra(entity: Pick<EntityHeader, 'province' | 'year'>): EntityEra {
  const { province, year } = entity;
  if (province === null) return null;
  if (year !== null) return year < 2025 ? 'pre-2025' : '2025';
  let pre = false;
  let current = false;
  for (const unit of provinceRegistry) {
    if (unit.code !== province.code || unit.name !== province.name) continue;
    if (unit.era === '2025') current = true;
    else pre = true;
  }
  if (pre && current) return 'either';
  if (pre) return 'pre-2025';
  if (current) return '2025';
  return null;
}

/** The era of a whole side: `mixed` when some entities are pre-2025 and others 2025. */
export type SideEra = 'pre-2025' | '2025' | 'either' | 'mixed' | null;

export function sideEra(entities: readonly Pick<EntityHeader, 'province' | 'year'>[]): SideEra {
  let pre = false;
  let current = false;
  let either = false;
  for (const entity of entities) {
    const era = entityEra(entity);
    if (era === 'pre-2025') pre = true;
    else if (era === '2025') current = true;
    else if (era === 'either') either = true;
  }
  if (pre && current) return 'mixed';
  if (pre) return 'pre-2025';
  if (current) return '2025';
  return either ? 'either' : null;
}
