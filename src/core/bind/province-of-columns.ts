import type { RawCell, RawRow } from '../table/raw-table.js';
import { foldText } from '../text/fold-text.js';
import { cellLocation, checkControl, report, type BindContext } from './bind-context.js';
import { cellAt, cellText } from './cell-text.js';
import { resolveEntity, type EntityName } from './resolve-entity.js';
import type { SourceClaim } from './source-claim.js';

/** What a province text resolves to, without reporting: for comparing rows with the first. */
function quietKey(text: string, year: number | null): string {
  const entity = resolveEntity({ findings: [] }, text, year, {}, 'explicit');
  return entity.province?.code ?? `?${foldText(text)}`;
}

/**
 * The entity named by the province column(s) of a long table (spec §3.2–3.3): the first row
 * with a province decides and is resolved (its problems reported); every other row, and a name
 * column beside a code column, must name the same unit. Returns the entity and what the column
 * says, to compare with the other sources of §3.3.
 */
export function provinceOfColumns(
  ctx: BindContext,
  rows: readonly RawRow[],
  codeColumn: number | null,
  nameColumn: number | null,
  year: number | null,
): { entity: EntityName; claim: SourceClaim } | null {
  let first: { entity: EntityName; key: string; claim: SourceClaim } | null = null;
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    const folded = foldText(text);
    let key = keys.get(folded);
    if (key === undefined) {
      key = quietKey(text, year);
      keys.set(folded, key);
    }
    return key;
  };
  for (const row of rows) {
    const cells = [codeColumn, nameColumn]
      .map((column) => (column === null ? null : cellAt(row, column)))
      .filter((cell): cell is RawCell => cell !== null && cellText(cell) !== null);
    for (const cell of cells) {
      if (checkControl(ctx, cell)) continue;
      const text = cellText(cell)!;
      const location = cellLocation(ctx, cell.row, cell.column, cell);
      if (first === null) {
        const entity = resolveEntity(ctx, text, year, location, 'explicit');
        first = { entity, key: keyOf(text), claim: { source: 'column', text, location } };
        continue;
      }
      if (keyOf(text) !== first.key) {
        report(
          ctx,
          'DATA_CONFLICTING_PROVINCE',
          { value: text, other: first.claim.text },
          location,
          {
            value: text,
            province: first.entity.province?.code ?? null,
          },
        );
      }
    }
  }
  return first === null ? null : { entity: first.entity, claim: first.claim };
}
