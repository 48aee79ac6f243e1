import type { RawSource } from '../core/raw-table.js';
import type { ReadOptions } from './read-options.js';

/**
 * Reads an .xlsx/.xlsm workbook (after the zip pre-flight) into raw sheets with values as a
 * person sees them. ExcelJS is imported lazily here and nowhere else on the read path.
 */
export async function readXlsx(
  _bytes: Uint8Array,
  _file: string,
  _options: ReadOptions,
): Promise<RawSource> {
  throw new Error('readXlsx: not implemented yet');
}
