import { bindSource } from '../core/bind/bind-source.js';
import type { BindOptions } from '../core/bind/bind-options.js';
import type { ResolvedSet } from '../core/set/resolved-set.js';
import type { Dataset } from '../core/table/dataset.js';
import type { RawSource } from '../core/table/raw-table.js';

export interface BindDataOptions {
  /** Who a long file is about (`--province`): a name, alias or code. */
  province?: string | null;
  /** The reporting year (`--year`). */
  year?: number | null;
  /** Decimal mark of numbers written as text (`--decimal`); default `auto`. */
  decimal?: BindOptions['decimal'];
  /** The worksheet, as given to readDataFile. */
  sheet?: string | null;
}

/**
 * Binds a file read by `readDataFile` to a set: finds the header row and layout, who each entity
 * is, and every value, exactly as the CLI does. Never throws on bad content: the dataset's
 * `findings` hold the file's own findings and every binding problem.
 */
export function bindData(
  source: RawSource,
  set: ResolvedSet,
  options: BindDataOptions = {},
): Dataset {
  return bindSource(source, set, {
    province: options.province?.normalize('NFC') ?? null,
    year: options.year ?? null,
    decimal: options.decimal ?? 'auto',
    sheet: options.sheet ?? null,
  });
}
