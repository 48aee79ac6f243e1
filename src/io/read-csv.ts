import type { RawSource } from '../core/raw-table.js';
import type { ReadOptions } from './read-options.js';

/**
 * Decodes and parses CSV bytes into one raw sheet (spec §3.5): BOM/strict UTF-8 or the named
 * encoding, delimiter from the header line or `sep=`, every structural problem a FILE_ finding
 * with its physical line.
 */
export function readCsv(_bytes: Uint8Array, _file: string, _options: ReadOptions): RawSource {
  throw new Error('readCsv: not implemented yet');
}
