import type { FindingLocation } from '../findings/finding.js';
import type { RawCell } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import type { Coerced } from '../values/coerce-value.js';
import type { BindContext } from './bind-context.js';
import { codedFinding } from '../findings/make-finding.js';
import { cellText } from './cell-text.js';

/** A coerced cell's value for the dataset, or undefined when it was an error (reported). */
export function observed(
  ctx: Pick<BindContext, 'findings'>,
  coerced: Coerced,
  cell: RawCell | null,
  indicator: ResolvedIndicator,
  location: FindingLocation,
  province: string | null,
): number | boolean | null | undefined {
  if (coerced.kind === 'value') return coerced.value;
  if (coerced.kind === 'missing') return null;
  ctx.findings.push(
    codedFinding(coerced, location, {
      indicator: indicator.code,
      province,
      // An Excel error value has no text of its own: the finding shows the error (`#DIV/0!`).
      value:
        cellText(cell) ?? (coerced.code === 'DATA_CELL_ERROR' ? (cell?.errorText ?? null) : null),
    }),
  );
  return undefined;
}
