import type { ProvinceUnit } from '../../core/province/province-unit.js';

/**
 * `smartcity provinces --format json` (spec §1): `[{code, name, type, era, validFrom, validTo,
 * successor, aliases}]` in that key order, codes as text, 2-space indent, trailing newline.
 */
export function provincesJson(units: readonly ProvinceUnit[]): string {
  const rows = units.map((unit) => ({
    code: unit.code,
    name: unit.name,
    type: unit.type,
    era: unit.era,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    successor: unit.successor,
    aliases: [...unit.aliases],
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
