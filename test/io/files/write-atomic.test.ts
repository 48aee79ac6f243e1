import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomic, type AtomicFs } from '../../../src/io/files/write-atomic.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs: AtomicFs = { open: fs.open, rename: fs.rename, unlink: fs.unlink };

describe('writeAtomic', () => {
  it('writes a new file and leaves no temp file', async () => {
    const target = join(dir, 'report.json');
    const pending = new Set<string>();
    await writeAtomic(target, '{"a":1}\n', { pending });
    expect(await readFile(target, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(dir)).toEqual(['report.json']);
    expect(pending.size).toBe(0);
  });

  it('writes a report given in pieces, in order, across several write calls', async () => {
    const target = join(dir, 'report.csv');
    const piece = `${'é'.repeat(40_000)}\n`;
    function* pieces() {
      for (let i = 0; i < 60; i++) yield `${i}:${piece}`;
    }
    await writeAtomic(target, pieces());
    const expected = [...pieces()].join('');
    expect(await readFile(target, 'utf8')).toBe(expected);
    expect(await readdir(dir)).toEqual(['report.csv']);
  });

  it('writes pieces byte for byte as their joined text: split surrogate pairs, huge pieces', async () => {
    const target = join(dir, 'report.json');
    const emoji = '😀'; // one character, two UTF-16 units
    function* pieces() {
      for (let i = 0; i < 3000; i++) {
        // Every piece ends in the first half of a pair; the next starts with the second half.
        yield `${i === 0 ? '' : emoji.charAt(1)}Hà Nội ${'x'.repeat(i % 700)}${emoji.charAt(0)}`;
      }
      yield emoji.charAt(1);
      yield 'ư'.repeat(700_000); // bigger than the write buffer once encoded
      yield '';
      yield emoji.charAt(0); // a lone half at the very end stays what joined text gives
    }
    await writeAtomic(target, pieces());
    const expected = Buffer.from([...pieces()].join(''), 'utf8');
    expect((await readFile(target)).equals(expected)).toBe(true);
  });

  it('writes bytes given in pieces (a zip unjoined) in order, more pieces than one writev takes', async () => {
    const target = join(dir, 'report.xlsx');
    const pieces = Array.from({ length: 2500 }, (_, i) =>
      // Some empty pieces, some large ones, each byte telling its piece.
      new Uint8Array(i % 7 === 0 ? 0 : i % 500 === 1 ? 300_000 : i % 13).fill(i % 251),
    );
    await writeAtomic(target, pieces);
    expect((await readFile(target)).equals(Buffer.concat(pieces))).toBe(true);
    expect(await readdir(dir)).toEqual(['report.xlsx']);
  });

  it('resumes byte pieces after a short write, inside the piece it stopped in', async () => {
    const target = join(dir, 'report.xlsx');
    const pieces = Array.from({ length: 40 }, (_, i) => new Uint8Array(1000 + i).fill(i));
    const calls: number[] = [];
    // A file system that takes at most 1,500 bytes a call: every call ends inside a piece.
    const short: AtomicFs = {
      ...realFs,
      open: (async (path: string, flags: string, mode: number) => {
        const handle = await fs.open(path, flags, mode);
        return Object.assign(Object.create(handle) as typeof handle, {
          writev: async (buffers: Uint8Array[]) => {
            calls.push(buffers.length);
            const all = Buffer.concat(buffers).subarray(0, 1500);
            return handle.write(all, 0, all.length);
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as AtomicFs['open'],
    };
    await writeAtomic(target, pieces, { fs: short });
    expect((await readFile(target)).equals(Buffer.concat(pieces))).toBe(true);
    expect(calls.length).toBeGreaterThan(25);
  });

  it('leaves the previous file intact when producing the pieces fails', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'previous');
    function* failing() {
      yield 'x'.repeat(2_000_000);
      throw new Error('renderer broke');
    }
    await expect(writeAtomic(target, failing())).rejects.toThrow('renderer broke');
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('replaces an existing file with bytes', async () => {
    const target = join(dir, 'report.xlsx');
    await writeFile(target, 'old');
    await writeAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });

  it('leaves the previous file intact and no temp file when the rename fails', async () => {
    const target = join(dir, 'report.csv');
    await writeFile(target, 'previous report');
    const pending = new Set<string>();
    let seenTemp: string | null = null;
    const failing: AtomicFs = {
      ...realFs,
      rename: (async (from: string) => {
        seenTemp = from;
        throw Object.assign(new Error('disk on fire'), { code: 'EIO' });
      }) as AtomicFs['rename'],
    };
    await expect(writeAtomic(target, 'new report', { pending, fs: failing })).rejects.toThrow(
      'disk on fire',
    );
    expect(await readFile(target, 'utf8')).toBe('previous report');
    expect(await readdir(dir)).toEqual(['report.csv']);
    expect(seenTemp).toMatch(/[/\\]\.report\.csv\.[0-9a-f]{12}\.tmp$/);
    expect(pending.size).toBe(0);
  });

  it('leaves the previous file intact when the write itself fails', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'previous');
    const failing: AtomicFs = {
      ...realFs,
      open: (async (path: string, flags: string, mode: number) => {
        const handle = await fs.open(path, flags, mode);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async () => {
            await handle.write('partial');
            throw new Error('ENOSPC');
          },
          close: () => handle.close(),
        });
      }) as AtomicFs['open'],
    };
    await expect(writeAtomic(target, 'new', { fs: failing })).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('retries a rename refused with EBUSY (Windows: file open in Excel)', async () => {
    const target = join(dir, 'report.xlsx');
    let calls = 0;
    const flaky: AtomicFs = {
      ...realFs,
      rename: (async (from: string, to: string) => {
        calls++;
        if (calls < 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        await fs.rename(from, to);
      }) as AtomicFs['rename'],
    };
    await writeAtomic(target, 'ok', { fs: flaky });
    expect(calls).toBe(3);
    expect(await readFile(target, 'utf8')).toBe('ok');
  });

  it('fails when the directory does not exist, writing nothing', async () => {
    await expect(writeAtomic(join(dir, 'missing', 'r.json'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
