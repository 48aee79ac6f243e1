import type { FindingLocation } from '../findings/finding.js';
import { cellAddress } from '../table/cell-address.js';
import type { BindContext } from './bind-context.js';

/** The sources of spec §3.3 that can say who or when a file is about, strongest first. */
type IdentitySource = 'option' | 'column' | 'label' | 'title' | 'file-name';

/** What one source says a file is about, and where it says it. */
export interface SourceClaim {
  source: IdentitySource;
  /** As written: a province name or code, a year. */
  text: string;
  /** Its cell; just the file for an option or the file name. */
  location: FindingLocation;
}

/**
 * Where a losing source says it, for the message of a conflict found at the winner's place:
 * ", Thông tin!B2" (its sheet may not be the winner's) or ", dong-nai.csv:1:1"; '' without a cell.
 */
export function claimPlace(ctx: Pick<BindContext, 'source'>, claim: SourceClaim): string {
  const { row, column, sheet, line } = claim.location;
  if (column === null || column === undefined) return '';
  if (ctx.source.kind === 'xlsx') {
    if (row === null || row === undefined) return '';
    const address = typeof column === 'number' ? cellAddress(row, column) : `${column}${row}`;
    return `, ${sheet === null || sheet === undefined ? '' : `${sheet}!`}${address}`;
  }
  const at = line ?? row;
  return at === null || at === undefined ? '' : `, ${ctx.source.file}:${at}:${column}`;
}
