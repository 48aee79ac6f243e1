import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { provincesOfEra } from '../province/province-registry.js';

export interface MissingUnit {
  code: string;
  name: string;
}

/** The 34 units start on 2025-07-01; a year is the granularity of a round. */
const MERGER_YEAR = 2025;

/**
 * `--expect all` (spec §7): the registry's units of the round's era that no scored entity stands
 * for. The era is the entities' year — 2025 on: the 34 units; before: the 63 — or the current
 * units when no year is known. Returns the units in registry order and one BATCH_UNITS_MISSING
 * warning naming them (none when nothing is missing).
 */
export function missingUnits(
  entities: ReadonlyArray<{ province: { code: string } | null; year: number | null }>,
): { units: MissingUnit[]; finding: Finding | null } {
  const years = entities.flatMap((entity) => (entity.year === null ? [] : [entity.year]));
  const latest = years.length === 0 ? null : Math.max(...years);
  const era = latest === null || latest >= MERGER_YEAR ? '2025' : 'pre-2025';
  const present = new Set(entities.flatMap((entity) => entity.province?.code ?? []));
  const all = provincesOfEra(era);
  const units = all
    .filter((unit) => !present.has(unit.code))
    .map((unit) => ({ code: unit.code, name: unit.name }));
  const finding =
    units.length === 0
      ? null
      : makeFinding('BATCH_UNITS_MISSING', {
          count: units.length,
          total: all.length,
          units: units.map((unit) => `${unit.name} (${unit.code})`).join(', '),
        });
  return { units, finding };
}
