import type { Dataset } from '../table/dataset.js';
import type { RawRow, RawRowStream, RawSheet, RawSource } from '../table/raw-table.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import type { BindContext, BindOutput } from './bind-context.js';
import type { BindOptions } from './bind-options.js';
import { bindLong } from './bind-long.js';
import { bindWide } from './bind-wide.js';
import { FractionCheck } from './check-fractions.js';
import { chooseSheet } from './choose-sheet.js';
import { indicatorIndex } from './indicator-index.js';
import { inPlaceOrder } from './in-place-order.js';
import { setMismatch } from './set-mismatch.js';
import { sheetLocation } from './bind-context.js';

/**
 * What the caller keeps of the bound data: `values` (scoring needs them) or `summary` — entities
 * with their labels, provinces and years but no values, for `validate`, which reports only
 * findings and labels. Findings are the same either way.
 */
export type BindKeep = 'values' | 'summary';

/** A streamed sheet's rows after the first `from`: the first rows held, then the stream. */
function* rowsFrom(rows: readonly RawRow[], from: number, rest: RawRowStream): Iterable<RawRow> {
  for (let i = from; i < rows.length; i++) yield rows[i]!;
  for (const batch of rest.batches()) yield* batch;
}

/** A streamed sheet with every row in memory (a long table is one entity: small). */
function materialise(sheet: RawSheet, rest: RawRowStream): RawSheet {
  const rows = [...sheet.rows];
  for (const batch of rest.batches()) for (const row of batch) rows.push(row);
  return { name: sheet.name, hidden: sheet.hidden, rows, merges: sheet.merges };
}

/**
 * Binds a raw source to a set (spec §3.2–3.4): picks the sheet, finds the header row, detects
 * the layout, resolves entities and years, coerces every value. Never throws on bad content:
 * everything wrong becomes a finding in `Dataset.findings` (the source's own findings included).
 *
 * A streamed CSV sheet (`RawSheet.rest`) gives the same dataset and findings as the same file
 * read whole; a wide one is bound without holding all its rows.
 */
export function bindSource(
  source: RawSource,
  set: ResolvedSet,
  options: BindOptions,
  keep: BindKeep = 'values',
): Dataset {
  const stream = source.sheets.length === 1 ? source.sheets[0]!.rest : undefined;
  const sourceFindings = () => stream?.findings() ?? source.findings;
  // A file that could not be read as data has said why in its own findings.
  if (source.sheets.length === 0)
    return { layout: null, entities: [], findings: [...source.findings] };
  const index = indicatorIndex(set);
  const choice = chooseSheet(source, options.sheet, index);
  if (choice.kind === 'none') {
    return { layout: null, entities: [], findings: [...sourceFindings(), ...choice.findings] };
  }
  const { header } = choice;
  let { sheet } = choice;
  let bound = source;
  if (stream !== undefined && header.layout === 'long') {
    sheet = materialise(sheet, stream);
    bound = { file: source.file, kind: source.kind, sheets: [sheet], findings: stream.findings() };
  }
  const ctx: BindContext = { source: bound, sheet, set, index, options, findings: [] };
  const out: BindOutput = {
    fractions: new FractionCheck(set),
    keepValues: keep === 'values',
    known: new Set(),
  };
  const rest = sheet.rest;
  const rowsAfter = (): Iterable<RawRow> =>
    rest === undefined
      ? sheet.rows.slice(header.rowIndex + 1)
      : rowsFrom(sheet.rows, header.rowIndex + 1, rest);
  const entities =
    header.layout === 'long' ? bindLong(ctx, header, out) : bindWide(ctx, header, rowsAfter, out);
  out.fractions.report(ctx);
  // A file made for another set: one finding, not one per unknown code (spec §6).
  ctx.findings = setMismatch(ctx.findings, out.known.size, set, sheetLocation(ctx));
  return {
    layout: header.layout,
    entities,
    findings: [...sourceFindings(), ...inPlaceOrder(ctx.findings)],
  };
}
