import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';

export interface Transcript {
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  /** The user cache folder; none by default, so tests never touch the real one. */
  cacheDir?: string | null;
  /** What standard input holds (the input `-`); empty by default. */
  stdin?: string | Uint8Array;
}

/** Runs the CLI in-process with captured output and a fixed clock. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<Transcript> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: (text) => void (stdout += text),
    // Batches hold whole characters (stdout-in-batches.ts), so each decodes on its own.
    stdoutBytes: (bytes) => void (stdout += Buffer.from(bytes).toString('utf8')),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: options.tty === true,
    stderrIsTTY: options.tty === true,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
    readStdin: () => Promise.resolve(Buffer.from(options.stdin ?? '')),
    cacheDir: options.cacheDir ?? null,
  };
  const exitCode = await main(args, ctx);
  return { command: `smartcity ${args.join(' ')}`, exitCode, stdout, stderr };
}

/** A transcript as one text block, for golden files. */
export function transcriptText(t: Transcript): string {
  return `$ ${t.command}\n# exit ${t.exitCode}\n# stdout\n${t.stdout}# stderr\n${t.stderr}`;
}
