import { foldText, tidyText } from '../text/fold-text.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import { editDistance } from '../text/edit-distance.js';
import { compactCode, type IndicatorIndex } from './indicator-index.js';

export type IndicatorMatch =
  | { kind: 'ok'; indicator: ResolvedIndicator; by: 'code' | 'name' | 'alias' }
  | { kind: 'ambiguous'; candidates: ResolvedIndicator[] }
  /** No hint here: ask `closestCode` for a "did you mean" (most callers never need one). */
  | { kind: 'unknown' };

const UNKNOWN: IndicatorMatch = { kind: 'unknown' };

function fromList(
  list: readonly ResolvedIndicator[] | undefined,
  by: 'code' | 'name' | 'alias',
): IndicatorMatch | null {
  if (list === undefined || list.length === 0) return null;
  if (list.length === 1) return { kind: 'ok', indicator: list[0]!, by };
  return { kind: 'ambiguous', candidates: [...list] };
}

/**
 * Header or cell text → indicator (spec §3.2): the code ignoring case (NFC, trimmed), the code
 * with other separators ("HT-01", "ht01"), then the folded name in vi/en, then aliases.
 * Several candidates are an error, never a guess.
 */
export function matchIndicator(index: IndicatorIndex, text: string): IndicatorMatch {
  const tidy = tidyText(text);
  const exact = index.byCode.get(tidy.toUpperCase());
  if (exact !== undefined) return { kind: 'ok', indicator: exact, by: 'code' };
  const folded = foldText(tidy);
  const match =
    fromList(index.byCompactCode.get(compactCode(tidy)), 'code') ??
    fromList(index.byName.get(folded), 'name') ??
    fromList(index.byAlias.get(folded), 'alias');
  if (match !== null) return match;
  // No hint here: the header search asks about every cell of 30 rows, and each hint costs
  // edit distances against every indicator.
  return UNKNOWN;
}

/** The code nearest to the text (as a code, or through a name), if near enough to help. */
export function closestCode(index: IndicatorIndex, text: string): string | null {
  const compact = compactCode(text);
  const folded = foldText(text);
  let best: { code: string; distance: number; scale: number } | null = null;
  for (const indicator of index.indicators) {
    const candidates: Array<[string, string]> = [
      [compact, compactCode(indicator.code)],
      [folded, foldText(indicator.name.vi)],
      [folded, foldText(indicator.name.en)],
    ];
    for (const [mine, theirs] of candidates) {
      const distance = editDistance(mine, theirs);
      const scale = Math.max(mine.length, theirs.length, 1);
      if (best === null || distance / scale < best.distance / best.scale) {
        best = { code: indicator.code, distance, scale };
      }
    }
  }
  if (best === null) return null;
  return best.distance <= Math.max(2, Math.floor(best.scale * 0.4)) ? best.code : null;
}

/** Text that is shaped like an indicator code ("HT.01", "DV-3", "CD1.2"), known or not. */
export function looksLikeCode(text: string): boolean {
  return /^[A-Za-z]{1,6}([._-][A-Za-z]{1,6}){0,3}[ ._-]?\d{1,3}([._-]\d{1,3}){0,3}[a-z]?$/.test(
    tidyText(text),
  );
}
