import type { IndicatorType } from '../../../src/core/set/indicator-set-schema.js';
import type { RawCell } from '../../../src/core/table/raw-table.js';
import type { ResolvedIndicator, ResolvedScoring } from '../../../src/core/set/resolved-set.js';

/** A minimal resolved indicator of a type, with an optional range and scoring. */
export function indicatorOf(
  type: IndicatorType,
  range: [number | null, number | null] = [null, null],
  scoring: ResolvedScoring = { method: 'info' },
): ResolvedIndicator {
  return {
    code: 'T.01',
    name: { vi: 'Chỉ số thử', en: 'Test indicator' },
    path: ['T'],
    type,
    unit: null,
    direction: 'higher',
    points: 1,
    scoring,
    range,
    ratio: false,
    evidence: 'optional',
    aliases: [],
    basis: null,
    rollup:
      type === 'boolean' ? 'all' : type === 'level' ? 'min' : type === 'count' ? 'sum' : 'mean',
  };
}

/** A cell at D12 holding a value (and any workbook flags). */
export function cellOf(value: RawCell['value'], extra: Partial<RawCell> = {}): RawCell {
  return { value, row: 12, column: 4, ...extra };
}
