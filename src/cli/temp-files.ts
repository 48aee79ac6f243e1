import { unlinkSync } from 'node:fs';

/**
 * Temporary report files being written right now. If the user presses Ctrl-C mid-write, the
 * SIGINT handler deletes them so no `.report.xlsx.*.tmp` litter is left beside the inputs.
 */
export const pendingTempFiles = new Set<string>();

/** Deletes every pending temporary file; synchronous because it runs inside a signal handler. */
function removePendingTempFiles(): void {
  for (const path of pendingTempFiles) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed or gone: nothing to clean.
    }
  }
  pendingTempFiles.clear();
}

/**
 * Runs `write` with a SIGINT handler that removes pending temp files and exits 130 (the shell
 * convention for an interrupt). The handler exists only while writing, so in-process tests and
 * other commands keep the default signal behaviour.
 */
export async function withTempCleanup<T>(write: () => Promise<T>): Promise<T> {
  const onSigint = (): void => {
    removePendingTempFiles();
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  try {
    return await write();
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
