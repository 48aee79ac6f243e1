import { foldText } from '../text/fold-text.js';
import type { RawCell } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import { cellLocation, report, type BindContext } from './bind-context.js';
import { cellText } from './cell-text.js';

/** Spellings of the same unit, folded: a form's "Tỷ lệ %" means the set's "%". */
const SAME_UNIT: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['%', 'phan tram', 'percent', 'ty le', 'ty le %', 'ty le phan tram', 'pct']),
  new Set(['nguoi', 'nguoi dan', 'persons', 'people', 'person']),
  new Set(['lan', 'times', 'lan nam', 'lan/nam']),
];

const squeeze = (text: string): string => foldText(text).replace(/\s+/g, '');

function unitKey(text: string): string {
  const squeezed = squeeze(text);
  const group = SAME_UNIT.findIndex((set) => [...set].some((unit) => squeeze(unit) === squeezed));
  return group >= 0 ? `#${group}` : squeezed;
}

/** A unit-of-measure cell that contradicts the set's unit is a warning (spec §3.2). */
export function checkUnit(
  ctx: BindContext,
  indicator: ResolvedIndicator,
  cell: RawCell | null,
  province: string | null,
): void {
  const text = cellText(cell);
  if (cell === null || text === null || indicator.unit === null) return;
  if (unitKey(text) === unitKey(indicator.unit)) return;
  report(
    ctx,
    'DATA_UNIT_MISMATCH',
    { value: text, indicator: indicator.code, unit: indicator.unit },
    cellLocation(ctx, cell.row, cell.column, cell),
    { indicator: indicator.code, province, value: text },
  );
}
