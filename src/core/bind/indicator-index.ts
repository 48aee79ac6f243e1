import { foldText, tidyText } from '../text/fold-text.js';
import type { ResolvedIndicator, ResolvedSet } from '../set/resolved-set.js';

/**
 * Lookup tables from the texts a province may write for an indicator to the indicator: codes
 * (case-insensitive), folded names in both languages, folded aliases. Maps, never plain objects:
 * the keys are user-visible text.
 */
export interface IndicatorIndex {
  indicators: readonly ResolvedIndicator[];
  byCode: ReadonlyMap<string, ResolvedIndicator>;
  /** Codes folded with separators removed: "ht01" for "HT.01". */
  byCompactCode: ReadonlyMap<string, ResolvedIndicator[]>;
  byName: ReadonlyMap<string, ResolvedIndicator[]>;
  byAlias: ReadonlyMap<string, ResolvedIndicator[]>;
  /** Folded group codes and names: section rows of a form, skipped without complaint. */
  groups: ReadonlySet<string>;
}

function push(map: Map<string, ResolvedIndicator[]>, key: string, indicator: ResolvedIndicator) {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [indicator]);
  else if (!list.includes(indicator)) list.push(indicator);
}

export function compactCode(text: string): string {
  return foldText(text).replace(/\s+/g, '');
}

/** One index per set: a round binds 34 files against the same set. */
const indexes = new WeakMap<ResolvedSet, IndicatorIndex>();

/**
 * The set's lookup tables, made once per set (folding every name and alias took ~0.3 ms, a tenth
 * of binding one long-layout province file). Read-only, so every file of a round shares them.
 */
export function indicatorIndex(set: ResolvedSet): IndicatorIndex {
  let index = indexes.get(set);
  if (index === undefined) {
    index = makeIndicatorIndex(set);
    indexes.set(set, index);
  }
  return index;
}

function makeIndicatorIndex(set: ResolvedSet): IndicatorIndex {
  const byCode = new Map<string, ResolvedIndicator>();
  const byCompactCode = new Map<string, ResolvedIndicator[]>();
  const byName = new Map<string, ResolvedIndicator[]>();
  const byAlias = new Map<string, ResolvedIndicator[]>();
  const groups = new Set<string>();
  for (const indicator of set.indicators) {
    byCode.set(tidyText(indicator.code).toUpperCase(), indicator);
    push(byCompactCode, compactCode(indicator.code), indicator);
    push(byName, foldText(indicator.name.vi), indicator);
    push(byName, foldText(indicator.name.en), indicator);
    for (const alias of indicator.aliases) push(byAlias, foldText(alias), indicator);
  }
  for (const group of set.groups) {
    groups.add(foldText(group.code));
    groups.add(foldText(group.name.vi));
    groups.add(foldText(group.name.en));
  }
  return { indicators: set.indicators, byCode, byCompactCode, byName, byAlias, groups };
}
