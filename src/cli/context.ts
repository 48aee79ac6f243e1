import { homedir } from 'node:os';
import { pipeTurn } from './pipe-turn.js';
import { userCacheDir } from './user-cache-dir.js';

/**
 * Everything the CLI takes from the outside world, so tests can run the program in-process with
 * captured output, a fixed clock and a chosen environment.
 */
export interface CliContext {
  stdout(text: string): void;
  /**
   * UTF-8 bytes to stdout, whole characters (a large report in batches: write-stdout-pieces.ts).
   * A promise when the caller should let the event loop turn before the next batch (pipe-turn.ts).
   */
  stdoutBytes(bytes: Uint8Array): void | Promise<void>;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
  /** All of standard input, for the input `-` (spec §6). */
  readStdin(): Promise<Uint8Array>;
  /** The user's cache folder (compiled indicator sets), or null to keep no cache. */
  cacheDir: string | null;
}

export function processContext(): CliContext {
  return {
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (bytes) => {
      process.stdout.write(bytes);
      return pipeTurn(process.stdout);
    },
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    readStdin: readAllStdin,
    cacheDir: userCacheDir(process.env, process.platform, homeOrNull()),
  };
}

function homeOrNull(): string | null {
  try {
    return homedir() || null;
  } catch {
    // No home directory (a service account without one): no cache, never a failure.
    return null;
  }
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
