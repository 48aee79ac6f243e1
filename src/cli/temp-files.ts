import { unlinkSync } from 'node:fs';

/**
 * Temporary report files being written right now. If the user interrupts the run (Ctrl-C, a CI
 * runner's SIGTERM, a closed terminal's SIGHUP) mid-write, they are deleted so no
 * `.report.xlsx.*.tmp` litter is left beside the inputs.
 */
export const pendingTempFiles = new Set<string>();

/** The signals a user or a supervisor sends to stop a run, with their numbers (exit = 128 + n). */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
type StopSignal = keyof typeof SIGNALS;
const STOP_SIGNALS = Object.keys(SIGNALS) as StopSignal[];

/** What the guard needs of `process`; tests pass a fake so no real handler or exit is involved. */
export interface SignalHost {
  on(signal: StopSignal, listener: (signal: NodeJS.Signals) => void): unknown;
  removeListener(signal: StopSignal, listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code: number): never;
}

/** Deletes every pending temporary file (the writer already does; this is the last word). */
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
 * Runs `write` (which renames its output into place as its last step) so that the rename is the
 * commit point of the run:
 *
 * - a stop signal before the rename aborts the write through `abort`: the writer deletes its
 *   temp file, and the process exits 128 + the signal's number (130 SIGINT, 143 SIGTERM, 129
 *   SIGHUP, the shell convention) with no report;
 * - a signal after the rename (even one that lands before this function sees the write
 *   resolve) is too late to matter: the report is complete, so the run finishes and exits 0.
 *
 * The handler does not exit at once because it cannot know, synchronously, whether a rename
 * already happened in the thread pool; the writer checks `abort` before it renames, so the
 * answer is always exact. Further signals while the write winds down change nothing: exiting
 * then could race an `open` still in the thread pool and leave an empty temp file. Each step
 * of the write is one system call, so the wait is short. The handlers exist only from the
 * first write on, so in-process tests and other commands keep the default signal behaviour.
 */
export async function withTempCleanup<T>(
  write: (abort: AbortSignal) => Promise<T>,
  host: SignalHost = process as SignalHost,
): Promise<T> {
  const controller = new AbortController();
  let received: StopSignal | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    received ??= signal as StopSignal;
    controller.abort();
  };
  for (const signal of STOP_SIGNALS) host.on(signal, onSignal);
  try {
    const written = await write(controller.signal);
    // Installed before `onSignal` goes, in the same tick: no signal can fall between the two.
    ignoreLateSignals(host);
    return written;
  } catch (error) {
    if (received !== null) {
      removePendingTempFiles();
      host.exit(128 + SIGNALS[received]);
    }
    throw error;
  } finally {
    for (const signal of STOP_SIGNALS) host.removeListener(signal, onSignal);
  }
}

const ignoring = new WeakSet<SignalHost>();

/**
 * Whether this process has renamed an output into place. `bin/` then ends the run with
 * `process.exit` instead of letting the event loop drain: Node's natural teardown closes its
 * signal watchers, which restores the default action, so a signal in those last milliseconds
 * would still kill the process (exit 130 with a complete report); `process.exit` skips that.
 */
export function outputCommitted(): boolean {
  return ignoring.has(process as SignalHost);
}

/**
 * Once a report is renamed into place the run is done but for its last lines of output; a
 * signal then would kill the process with a complete report behind a failed exit, which reads
 * as "no report". Writing is fast (well under a second), so that window is easily hit; from
 * then on a stop signal lets the run finish. Installed once per process.
 */
function ignoreLateSignals(host: SignalHost): void {
  if (ignoring.has(host)) return;
  ignoring.add(host);
  for (const signal of STOP_SIGNALS) host.on(signal, () => undefined);
}
