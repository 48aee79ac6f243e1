import type { HeaderColumn } from './header-row.js';

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
  return null;
}
