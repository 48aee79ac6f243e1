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
  /** Successor's code (pre-2025 units), or null. */
  successor: string | null;
  aliases: string[];
}

/** The 34 units from 2025-07-01 and the 63 before, in code order within each era. */
export const provinceRegistry: readonly ProvinceUnit[] = [];

export function provincesOfEra(era: '2025' | 'pre-2025' | 'all'): ProvinceUnit[] {
  return provinceRegistry.filter((unit) => era === 'all' || unit.era === era);
}
