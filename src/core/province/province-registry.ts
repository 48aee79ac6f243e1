import provinceData from './province-data.json' with { type: 'json' };
import type { ProvinceUnit } from './province-unit.js';

const ERA_ORDER = { '2025': 0, 'pre-2025': 1 } as const;

/**
 * The 34 units from 2025-07-01 and the 63 before, in code order within each era (2025 first).
 * Data: indicators/provinces.csv, copied into province-data.json. Frozen, so no caller can
 * change the registry for everyone else.
 */
export const provinceRegistry: readonly ProvinceUnit[] = Object.freeze(
  // JSON types type/era as plain strings; scripts/make-province-data.ts checked their values.
  [...(provinceData as ProvinceUnit[])]
    .sort((a, b) => ERA_ORDER[a.era] - ERA_ORDER[b.era] || byCodeUnits(a.code, b.code))
    .map((unit) =>
      Object.freeze({ ...unit, aliases: Object.freeze([...unit.aliases]) as string[] }),
    ),
);

/**
 * Codes are two ASCII digits (scripts/make-province-data.ts), whose code-unit order is the
 * locale's; localeCompare built an ICU collator on every start-up for it (~15 ms).
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function provincesOfEra(era: '2025' | 'pre-2025' | 'all'): ProvinceUnit[] {
  return provinceRegistry.filter((unit) => era === 'all' || unit.era === era);
}
