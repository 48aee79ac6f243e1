import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * Issue 17 item 10: the temp file was the report's name plus 18 bytes, so legal names of
 * 238–255 bytes always failed — after reading and scoring — and ENAMETOOLONG from `stat` was
 * taken for "does not exist", so nothing refused them first.
 */
const EXAMPLES = fileURLToPath(new URL('../fixtures/data', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-long-name-'));
  copyFileSync(join(EXAMPLES, 'example-set.yaml'), join(dir, 'set.yaml'));
  copyFileSync(join(EXAMPLES, 'quang-ninh.csv'), join(dir, 'quang-ninh.csv'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('report names near the file-system limit', () => {
  for (const ext of ['xlsx', 'csv', 'json']) {
    it(`a 255-byte .${ext} name is written, its temp file short`, async () => {
      // Vietnamese letters are 2–3 bytes: 255 bytes in all, the most a name may have.
      const stem = 'Báo cáo tổng hợp '.repeat(20);
      let name = `${stem.slice(0, 200)}.${ext}`;
      while (Buffer.byteLength(name) > 255) name = name.slice(1);
      name = `${'x'.repeat(255 - Buffer.byteLength(name))}${name}`;
      expect(Buffer.byteLength(name)).toBe(255);
      const t = await runCli(['score', '--set', 'set.yaml', '-o', name, 'quang-ninh.csv'], {
        cwd: dir,
      });
      expect(t.exitCode, t.stderr).toBe(0);
      expect(readdirSync(dir)).toContain(name);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('a 256-byte name is refused before anything is read (exit 2, one clear line)', async () => {
    const name = `${'a'.repeat(251)}.xlsx`;
    // A missing input proves nothing was read: its error would come first otherwise.
    const t = await runCli(['score', '--set', 'set.yaml', '-o', name, 'missing.csv'], {
      cwd: dir,
    });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('quá dài (tối đa 255 byte)');
    expect(t.stderr).not.toContain('missing.csv');
    expect(readdirSync(dir).sort()).toEqual(['quang-ninh.csv', 'set.yaml']);
  });

  it('a path whose directory part is too long for the system is refused up front', async () => {
    const deep = join(dir, ...Array.from({ length: 20 }, () => 'd'.repeat(250)), 'r.json');
    const t = await runCli(['score', '--set', 'set.yaml', '-o', deep, 'missing.csv'], {
      cwd: dir,
    });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('quá dài');
    expect(t.stderr).not.toContain('missing.csv');
  });
});
