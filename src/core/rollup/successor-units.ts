import { provincesOfEra } from '../province/province-registry.js';
import type { ProvinceUnit } from '../province/province-unit.js';

const current = new Map(provincesOfEra('2025').map((unit) => [unit.code, unit]));
const former = provincesOfEra('pre-2025');
const formerByCode = new Map(former.map((unit) => [unit.code, unit]));

/** The 2025 unit a pre-2025 province became (a continuing unit is its own successor), or null. */
export function successorOf(preCode: string): ProvinceUnit | null {
  const successor = formerByCode.get(preCode)?.successor;
  return successor === null || successor === undefined ? null : (current.get(successor) ?? null);
}

/** The pre-2025 provinces that make up a 2025 unit, in code order. */
export function predecessorsOf(code: string): ProvinceUnit[] {
  return former.filter((unit) => unit.successor === code);
}
