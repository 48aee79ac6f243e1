import type { DecimalMark } from './parse-number.js';

/**
 * The decimal mark of a file from its unambiguous numeric texts (`85,5` → comma, `1,234.5` →
 * dot); null when there is no evidence or the evidence conflicts.
 */
export function detectDecimal(_texts: readonly string[]): DecimalMark | null {
  throw new Error('detectDecimal: not implemented yet');
}
