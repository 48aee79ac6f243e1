import { parseNumber, type DecimalMark } from './parse-number.js';

/**
 * The decimal mark of a file from its unambiguous numeric texts (`85,5` → comma, `1,234.5` →
 * dot); null when there is no evidence or the evidence conflicts.
 *
 * Grouping counts as evidence too: `1.234.567` can only use dots for thousands, so its decimal
 * mark is the comma. A trailing `%` is ignored (`85,5 %` proves comma); texts that are not
 * numbers prove nothing.
 */
export function detectDecimal(texts: readonly string[]): DecimalMark | null {
  let comma = false;
  let dot = false;
  for (const text of texts) {
    const parsed = parseNumber(text.trim().replace(/\s*[%\uff05]$/u, ''), null);
    if (parsed.kind !== 'number' || parsed.evidence === undefined) continue;
    if (parsed.evidence === 'comma') comma = true;
    else dot = true;
    if (comma && dot) return null;
  }
  return comma ? 'comma' : dot ? 'dot' : null;
}
