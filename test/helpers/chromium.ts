import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The chromium binary (Debian's `chromium`), or null when it is not installed. */
function chromiumPath(): string | null {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path !== '') return path;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * Whether browser tests run: skipped only when chromium is missing and CI has not asked for them
 * (SMARTCITY_REQUIRE_CHROMIUM set → a missing chromium fails the test instead).
 */
export function skipChromium(): boolean {
  const flag = process.env.SMARTCITY_REQUIRE_CHROMIUM;
  const required = flag !== undefined && flag !== '' && flag !== '0';
  return chromiumPath() === null && !required;
}

export interface ChromiumRun {
  stdout: string;
  /** Chromium's log; a page's console messages are its `:CONSOLE` lines. */
  stderr: string;
}

/**
 * Runs headless chromium once on a page with its own throw-away profile and the network cut off
 * (every host name resolves to nothing). Not with chromium's scripts-off switch
 * (`--blink-settings=scriptEnabled=false`): it also stops --dump-dom, --screenshot and
 * --print-to-pdf, which run script themselves; the report's own CSP keeps scripts off instead.
 */
export async function runChromium(args: readonly string[], url: string): Promise<ChromiumRun> {
  const chromium = chromiumPath();
  if (chromium === null) throw new Error('chromium is not installed (apt-get install chromium)');
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  try {
    return await new Promise<ChromiumRun>((resolve, reject) => {
      execFile(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--hide-scrollbars',
          `--user-data-dir=${profile}`,
          '--enable-logging=stderr',
          '--log-level=0',
          '--host-resolver-rules=MAP * ~NOTFOUND',
          ...args,
          url,
        ],
        {
          timeout: 90_000,
          maxBuffer: 64 * 1024 * 1024,
          encoding: 'utf8',
          env: { ...process.env, HOME: profile },
        },
        (error, stdout, stderr) =>
          error
            ? reject(new Error(`chromium failed: ${error.message}\n${stderr}`))
            : resolve({ stdout, stderr }),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
