import { EventEmitter } from 'node:events';
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingTempFiles, withTempCleanup, type SignalHost } from '../../src/cli/temp-files.js';
import { writeAtomic, type AtomicFs } from '../../src/io/files/write-atomic.js';

/**
 * The commit point of a written report, signal by signal, at every step of the write. A fake
 * `process` receives the signals synchronously at exact points — including the one the real
 * event loop can produce but a timed test rarely hits: the signal callback running after the
 * rename finished and before the writer's continuation (the CI failure of the SIGINT test).
 */
class Exited extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

class FakeProcess extends EventEmitter {
  exit(code: number): never {
    throw new Exited(code);
  }
}

const realFs: AtomicFs = { open: fs.open, rename: fs.rename, unlink: fs.unlink };
const SIGNALS = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-signal-'));
});
afterEach(async () => {
  pendingTempFiles.clear();
  await rm(dir, { recursive: true, force: true });
});

/** Writes `report.xlsx` through the guard, with `hook` run at the named step of the write. */
async function guardedWrite(
  host: FakeProcess,
  step: 'open' | 'opened' | 'rename' | 'renamed',
  hook: () => void,
): Promise<unknown> {
  const io: AtomicFs = {
    ...realFs,
    open: (async (...args: Parameters<typeof fs.open>) => {
      if (step === 'open') hook();
      const handle = await fs.open(...args);
      if (step === 'opened') hook();
      return handle;
    }) as AtomicFs['open'],
    rename: (async (from: string, to: string) => {
      if (step === 'rename') hook();
      await fs.rename(from, to);
      if (step === 'renamed') hook();
    }) as AtomicFs['rename'],
  };
  const target = join(dir, 'report.xlsx');
  return withTempCleanup(
    (signal) => writeAtomic(target, 'report', { pending: pendingTempFiles, signal, fs: io }),
    host as unknown as SignalHost,
  ).then(
    () => 'written',
    (error: unknown) => error,
  );
}

describe('a stop signal while a report is written', () => {
  for (const [signal, code] of SIGNALS) {
    for (const step of ['open', 'opened'] as const) {
      it(`${signal} before the rename (${step}): no report, no temp file, exit ${code}`, async () => {
        const host = new FakeProcess();
        const outcome = await guardedWrite(host, step, () => host.emit(signal, signal));
        expect(outcome).toBeInstanceOf(Exited);
        expect((outcome as Exited).code).toBe(code);
        expect(await readdir(dir)).toEqual([]);
      });
    }

    it(`${signal} after the rename, before the writer resumes: the report stands, exit 0`, async () => {
      const host = new FakeProcess();
      const outcome = await guardedWrite(host, 'renamed', () => host.emit(signal, signal));
      expect(outcome).toBe('written');
      expect(await readdir(dir)).toEqual(['report.xlsx']);
      expect(await readFile(join(dir, 'report.xlsx'), 'utf8')).toBe('report');
      // And any later signal lets the run finish its last lines.
      expect(() => host.emit(signal, signal)).not.toThrow();
    });
  }

  it('a signal as the rename starts is past the commit point: the report is written', async () => {
    const host = new FakeProcess();
    const outcome = await guardedWrite(host, 'rename', () => host.emit('SIGTERM', 'SIGTERM'));
    expect(outcome).toBe('written');
    expect(await readdir(dir)).toEqual(['report.xlsx']);
  });

  it('more signals while the write winds down change nothing: one clean exit', async () => {
    const host = new FakeProcess();
    const outcome = await guardedWrite(host, 'opened', () => {
      host.emit('SIGTERM', 'SIGTERM');
      host.emit('SIGINT', 'SIGINT');
      host.emit('SIGTERM', 'SIGTERM');
    });
    // The first signal decides the exit code.
    expect((outcome as Exited).code).toBe(143);
    expect(await readdir(dir)).toEqual([]);
  });

  it('without a signal nothing is left listening but the late no-op handlers', async () => {
    const host = new FakeProcess();
    expect(await guardedWrite(host, 'opened', () => undefined)).toBe('written');
    for (const [signal] of SIGNALS) expect(host.listenerCount(signal)).toBe(1);
    expect(pendingTempFiles.size).toBe(0);
  });
});
