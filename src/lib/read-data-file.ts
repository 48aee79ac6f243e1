import { basename, resolve } from 'node:path';
import type { Lang } from '../core/findings/finding.js';
import type { RawSource } from '../core/table/raw-table.js';
import { DEFAULT_MAX_SIZE, type ReadOptions } from '../io/files/read-options.js';
import { readSource } from '../io/files/read-source.js';
import { libraryStep } from './smartcity-error.js';

export interface ReadDataOptions {
  /** CSV text encoding (`--encoding`); default `auto`: the BOM, else strict UTF-8. */
  encoding?: ReadOptions['encoding'];
  /** Worksheet name or 1-based index (`--sheet`); default: the sheet the tool would choose. */
  sheet?: string | null;
  /** Largest file read, in bytes (`--max-size`); default 50 MB. */
  maxSize?: number;
  /**
   * How findings and the report name the file; default its base name. The CLI passes the path
   * relative to the working directory (`submissions/a/hanoi.csv`, spec §6).
   */
  label?: string;
  /** Language of a thrown SmartcityError's message; default `en`. */
  lang?: Lang;
}

/**
 * Reads one data file (CSV or .xlsx) into raw sheets, with the same safety limits as the CLI.
 * Problems inside the file (wrong format, a damaged workbook, too large) are findings on the
 * result; a missing or unreadable path throws a SmartcityError. Pass the result to `bindData`.
 */
export async function readDataFile(
  path: string,
  options: ReadDataOptions = {},
): Promise<RawSource> {
  const read: ReadOptions = {
    encoding: options.encoding ?? 'auto',
    sheet: options.sheet ?? null,
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
  };
  const full = resolve(path.normalize('NFC'));
  return libraryStep(options.lang ?? 'en', () =>
    readSource(full, read, options.label ?? basename(full)),
  );
}
