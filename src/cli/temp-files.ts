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
    const written = await write();
    ignoreLateInterrupts();
    return written;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

let lateInterruptsIgnored = false;

/**
 * Once a report is renamed into place the run is done but for its last lines of output; an
 * interrupt then would kill the process with a complete report behind a failed exit, which
 * reads as "no report". Writing is fast enough (well under a second) for that window to be hit,
 * so from then on Ctrl-C lets the run finish. Installed once per process.
 */
function ignoreLateInterrupts(): void {
  if (lateInterruptsIgnored) return;
  lateInterruptsIgnored = true;
  process.on('SIGINT', () => undefined);
}
