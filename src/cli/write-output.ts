import { CannotRunError } from '../core/findings/cannot-run-error.js';
import { systemReason } from '../io/files/system-reason.js';
import { writeAtomic } from '../io/files/write-atomic.js';
import type { CliContext } from './context.js';
import type { GlobalOptions } from './global-options.js';
import { displayPath } from '../io/files/display-path.js';
import { pendingTempFiles, withTempCleanup } from './temp-files.js';

/** A file's content: bytes, text, bytes in pieces (a workbook) or text in pieces (JSON, CSV). */
export type OutputBytes = Uint8Array | readonly Uint8Array[] | string | Iterable<string>;

/**
 * Writes a file atomically (spec §5: no partial file, the previous one intact on failure), its
 * temp file removed if a stop signal comes first (temp-files.ts). Errors are the system's.
 */
export function writeSafely(path: string, bytes: OutputBytes): Promise<void> {
  return withTempCleanup((signal) =>
    writeAtomic(path, bytes, { pending: pendingTempFiles, signal }),
  );
}

/** What the line on stderr calls the written file. */
export interface OutputLabel {
  vi: string;
  en: string;
}

const REPORT: OutputLabel = { vi: 'Báo cáo', en: 'Report' };

/**
 * Writes a report (or, with its own label, another file the user asked for) and says where on
 * stderr unless --quiet; a failed write is RUN_WRITE_FAILED, exit 2.
 */
export async function writeOutput(
  ctx: CliContext,
  globals: GlobalOptions,
  path: string,
  bytes: OutputBytes,
  label: OutputLabel = REPORT,
): Promise<void> {
  try {
    await writeSafely(path, bytes);
  } catch (error) {
    throw CannotRunError.of('RUN_WRITE_FAILED', { path, reason: systemReason(error) });
  }
  if (!globals.quiet) ctx.stderr(`${label[globals.lang]}: ${displayPath(path, ctx.cwd)}\n`);
}
