import { provinceData } from './province-data.js';

/** One administrative unit of the registry: a current (2025) or a former (pre-2025) province. */
export interface ProvinceUnit {
  /** GSO code, always text: "01". */
  code: string;
  name: string;
  type: 'province' | 'city';
  era: '2025' | 'pre-2025';
  /** ISO dates; null = open. */
  validFrom: string | null;
  validTo: string | null;
  /** Successor's code (pre-2025 units; a continuing unit names its own code), or null. */
  successor: string | null;
  aliases: string[];
}

const ERA_ORDER = { '2025': 0, 'pre-2025': 1 } as const;

/**
 * The 34 units from 2025-07-01 and the 63 before, in code order within each era (2025 first).
 * Data: indicators/provinces.csv, compiled into province-data.ts. Frozen, so no caller can
 * change the registry for everyone else.
 */
export const provinceRegistry: readonly ProvinceUnit[] = Object.freeze(
  [...provinceData]
    .sort((a, b) => ERA_ORDER[a.era] - ERA_ORDER[b.era] || a.code.localeCompare(b.code))
    .map((unit) =>
      Object.freeze({ ...unit, aliases: Object.freeze([...unit.aliases]) as string[] }),
    ),
);

export function provincesOfEra(era: '2025' | 'pre-2025' | 'all'): ProvinceUnit[] {
  return provinceRegistry.filter((unit) => era === 'all' || unit.era === era);
}
