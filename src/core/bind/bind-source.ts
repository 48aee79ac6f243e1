import type { Dataset } from '../dataset.js';
import type { RawSource } from '../raw-table.js';
import type { ResolvedSet } from '../resolved-set.js';
import type { BindOptions } from './bind-options.js';

/**
 * Binds a raw source to a set (spec §3.2–3.4): picks the sheet, finds the header row, detects
 * the layout, resolves entities and years, coerces every value. Never throws on bad content:
 * everything wrong becomes a finding in `Dataset.findings` (the source's own findings included).
 */
export function bindSource(_source: RawSource, _set: ResolvedSet, _options: BindOptions): Dataset {
  throw new Error('bindSource: not implemented yet');
}
