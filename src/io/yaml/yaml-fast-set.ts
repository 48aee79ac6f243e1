import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { resolveSetFast } from '../../core/set/resolve-set-fast.js';
import { yamlNfc } from './yaml-nfc.js';
import { yamlPrescan } from './yaml-prescan.js';
import { yamlSubset } from './yaml-subset.js';

/**
 * The set of a YAML text that has nothing to report — in the subset of YAML sets are written in,
 * valid, no warning — read without importing `yaml` or zod; null for anything else, which
 * yamlIndicatorSet then reads fully, with findings and their line:column. For any text, a
 * non-null result is exactly the set yamlIndicatorSet gives (with no findings).
 *
 * Locations only matter once there is something to report, and building them (the YAML document
 * with its line counter) is most of what loading a set costs; so this path builds none.
 */
export function yamlFastSet(text: string): ResolvedSet | null {
  // The full path refuses deep nesting before parsing; so must this, to agree on every text.
  if (yamlPrescan(text) !== null) return null;
  const parsed = yamlSubset(text);
  if (parsed === null) return null;
  return resolveSetFast(yamlNfc(parsed));
}
