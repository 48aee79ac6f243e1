import type { ProvinceUnit } from './province-registry.js';

export type ProvinceResolution =
  | { kind: 'ok'; unit: ProvinceUnit }
  /** Two or more different candidates: an error, never a guess. */
  | { kind: 'ambiguous'; candidates: ProvinceUnit[] }
  /** Nothing matched; the closest names, best first. */
  | { kind: 'unknown'; suggestions: ProvinceUnit[] }
  /** A pre-2025 unit used for a year ≥ 2025. */
  | { kind: 'retired'; unit: ProvinceUnit; successor: ProvinceUnit };

/**
 * Resolves a province name or GSO code (spec §3.3): exact NFC, folded, aliases; within the
 * year's era, or current units first when the year is unknown.
 */
export function resolveProvince(
  _text: string,
  _options: { year: number | null },
): ProvinceResolution {
  throw new Error('resolveProvince: not implemented yet');
}
