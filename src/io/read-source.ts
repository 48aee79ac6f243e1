import type { RawSource } from '../core/raw-table.js';
import type { ReadOptions } from './read-options.js';

/**
 * Reads one data file: checks size, sniffs the bytes, and hands them to the CSV or workbook
 * reader; a file whose content does not match its extension becomes a FILE_ finding (never read
 * as something else). A missing or unreadable path throws CannotRunError (exit 2).
 */
export async function readSource(_path: string, _options: ReadOptions): Promise<RawSource> {
  throw new Error('readSource: not implemented yet');
}
