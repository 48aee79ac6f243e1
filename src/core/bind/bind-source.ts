import type { Dataset } from '../dataset.js';
import type { RawSource } from '../raw-table.js';
import type { ResolvedSet } from '../resolved-set.js';
import type { BindContext } from './bind-context.js';
import type { BindOptions } from './bind-options.js';
import { bindLong } from './bind-long.js';
import { bindWide } from './bind-wide.js';
import { checkFractions } from './check-fractions.js';
import { chooseSheet } from './choose-sheet.js';
import { indicatorIndex } from './indicator-index.js';
import { inPlaceOrder } from './in-place-order.js';

/**
 * Binds a raw source to a set (spec §3.2–3.4): picks the sheet, finds the header row, detects
 * the layout, resolves entities and years, coerces every value. Never throws on bad content:
 * everything wrong becomes a finding in `Dataset.findings` (the source's own findings included).
 */
export function bindSource(source: RawSource, set: ResolvedSet, options: BindOptions): Dataset {
  const findings = [...source.findings];
  // A file that could not be read as data has said why in its own findings.
  if (source.sheets.length === 0) return { layout: null, entities: [], findings };
  const index = indicatorIndex(set);
  const choice = chooseSheet(source, options.sheet, index);
  if (choice.kind === 'none') {
    return { layout: null, entities: [], findings: [...findings, ...choice.findings] };
  }
  const ctx: BindContext = { source, sheet: choice.sheet, set, index, options, findings: [] };
  const entities =
    choice.header.layout === 'long' ? bindLong(ctx, choice.header) : bindWide(ctx, choice.header);
  checkFractions(ctx, entities);
  return {
    layout: choice.header.layout,
    entities,
    findings: [...findings, ...inPlaceOrder(ctx.findings)],
  };
}
