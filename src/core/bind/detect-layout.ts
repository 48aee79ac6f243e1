import type { HeaderColumn } from './header-row.js';
import { looksLikeCode } from './match-indicator.js';

const INDICATOR_FIELDS = new Set(['indicator-code', 'indicator-name']);
const ENTITY_FIELDS = new Set(['province-code', 'province-name', 'reporting-unit', 'entity-label']);

/**
 * The layout a header row announces (spec §3.2): long = an indicator column and a value column
 * (or numerator and denominator); wide = an entity column and at least one indicator column.
 * Long is tried first: a long file may carry a province column too.
 */
export function detectLayout(columns: readonly HeaderColumn[]): 'long' | 'wide' | null {
  const fields = new Set(columns.map((column) => column.field));
  const hasIndicator = columns.some((c) => c.field !== null && INDICATOR_FIELDS.has(c.field));
  const hasValue = fields.has('value') || (fields.has('numerator') && fields.has('denominator'));
  if (hasIndicator && hasValue) return 'long';
  const hasEntity = columns.some((c) => c.field !== null && ENTITY_FIELDS.has(c.field));
  if (hasEntity && columns.some((c) => c.field === null && c.indicator !== null)) return 'wide';
  // A wide table for another set (spec §6): its header is recognised by its words — an entity
  // column and several code-like headers — so the binder can say "another set" once, rather
  // than "no header row".
  const codeLike = columns.filter((c) => c.field === null && looksLikeCode(c.text)).length;
  if (hasEntity && codeLike >= 2) return 'wide';
  return null;
}
