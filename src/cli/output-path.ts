import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CannotRunError } from '../core/findings/cannot-run-error.js';

type ReportFormat = 'xlsx' | 'json' | 'csv' | 'html';

export interface OutputTarget {
  path: string;
  format: ReportFormat;
}

const FORMATS: Readonly<Record<string, ReportFormat>> = {
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.csv': 'csv',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * Where `score` writes its report (spec §1): `-o` as given (its extension picks the format), else
 * for one input `X/name.ext` → `X/name.report.xlsx`, for several inputs `./smartcity-report.xlsx`
 * in the working directory. Anything but .xlsx/.json/.csv/.html is refused (exit 2).
 */
export function outputTarget(
  out: string | undefined,
  inputs: readonly string[],
  cwd: string,
): OutputTarget {
  if (out !== undefined) {
    const path = resolve(cwd, out);
    const format = FORMATS[extname(path).toLowerCase()];
    if (format === undefined) {
      throw CannotRunError.of('RUN_REPORT_FORMAT', { format: extname(path) || basename(path) });
    }
    return { path, format };
  }
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only === undefined) return { path: join(cwd, 'smartcity-report.xlsx'), format: 'xlsx' };
  const input = resolve(cwd, only);
  const stem = basename(input, extname(input));
  return { path: join(dirname(input), `${stem}.report.xlsx`), format: 'xlsx' };
}

/** The longest file name (bytes) of the common file systems (ext4, APFS, NTFS in UTF-16 units). */
const MAX_NAME_BYTES = 255;

/**
 * Refuses a report path that is an input (spec §1, reliability O2) or that cannot be written: the
 * output directory must exist and be writable, the path must not be a directory. "Is an input"
 * is decided by realpath and by device + inode, so symlinks, `..`, hard links and a different
 * letter case on a case-insensitive disk are all caught.
 */
export async function checkOutputPath(
  path: string,
  inputs: readonly string[],
  cwd: string,
): Promise<void> {
  const dir = dirname(path);
  // Said before anything is read: a name the file system cannot hold once failed only at the
  // write, after the whole run (issue 17 item 10). Temp names are short (see writeAtomic).
  if (Buffer.byteLength(basename(path), 'utf8') > MAX_NAME_BYTES) {
    throw CannotRunError.of('RUN_OUTPUT_NAME_TOO_LONG', {
      name: basename(path),
      max: MAX_NAME_BYTES,
    });
  }
  const tooLong = (error: unknown): null => {
    if ((error as NodeJS.ErrnoException).code === 'ENAMETOOLONG') {
      throw CannotRunError.of('RUN_OUTPUT_NAME_TOO_LONG', { name: path, max: MAX_NAME_BYTES });
    }
    return null;
  };
  const dirStat = await stat(dir).catch(tooLong);
  if (dirStat === null || !dirStat.isDirectory()) {
    throw CannotRunError.of('RUN_OUTPUT_DIR_MISSING', { dir });
  }
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw CannotRunError.of('RUN_OUTPUT_DIR_NOT_WRITABLE', { dir });
  }
  // ENAMETOOLONG is not "does not exist": the path can never be written.
  const target = await stat(path).catch(tooLong);
  if (target === null) return;
  if (target.isDirectory()) {
    throw CannotRunError.of('RUN_OUTPUT_IS_DIRECTORY', { path });
  }
  const targetReal = await realpath(path);
  for (const input of inputs) {
    const inputPath = resolve(cwd, input);
    const inputStat = await stat(inputPath).catch(() => null);
    if (inputStat === null) continue;
    const sameFile =
      target.ino !== 0 && inputStat.dev === target.dev && inputStat.ino === target.ino;
    const inputReal = await realpath(inputPath).catch(() => inputPath);
    if (sameFile || inputReal === targetReal) {
      throw CannotRunError.of('RUN_OUTPUT_IS_INPUT', { path, input });
    }
  }
}
