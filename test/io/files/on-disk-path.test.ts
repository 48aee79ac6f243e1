import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { onDiskPath } from '../../../src/io/files/on-disk-path.js';
import { runCli } from '../../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'nfd-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NFC_NAME = 'Đồng Nai 2025.csv';
const NFD_NAME = NFC_NAME.normalize('NFD');
const NFD_DIR = 'Hồ sơ tỉnh'.normalize('NFD');

describe('onDiskPath', () => {
  // A file made on a Mac keeps a decomposed (NFD) name; Linux sees other bytes than typed.
  mkdirSync(join(root, NFD_DIR));
  writeFileSync(join(root, NFD_DIR, NFD_NAME), 'Mã chỉ số,Giá trị\n');
  writeFileSync(join(root, 'plain.csv'), 'x\n');
  // A name in neither form throughout: NFC first half, NFD second half.
  const mixed = 'Bà Rịa'.normalize('NFC') + ' Vũng Tàu.csv'.normalize('NFD');
  writeFileSync(join(root, mixed), 'x\n');

  it('finds an NFD file (in an NFD folder) given its NFC name', async () => {
    expect(readdirSync(root)).toContain(NFD_DIR);
    const found = await onDiskPath(join(root, 'Hồ sơ tỉnh', NFC_NAME));
    expect(found).toBe(join(root, NFD_DIR, NFD_NAME));
  });

  it('finds a name in mixed forms by comparing names in NFC', async () => {
    const found = await onDiskPath(join(root, 'Bà Rịa Vũng Tàu.csv'));
    expect(found).toBe(join(root, mixed));
  });

  it('keeps a path that exists, and one that matches nothing', async () => {
    expect(await onDiskPath(join(root, 'plain.csv'))).toBe(join(root, 'plain.csv'));
    const missing = join(root, 'Không có.csv');
    expect(await onDiskPath(missing)).toBe(missing);
    expect(await onDiskPath(join(root, 'no', 'such', 'dir', 'x.csv'))).toBe(
      join(root, 'no', 'such', 'dir', 'x.csv'),
    );
  });
});

describe('the CLI with NFD file names on disk', () => {
  it('validates and scores a Mac-named file typed or globbed in either form', async () => {
    const dir = join(root, 'cli');
    mkdirSync(dir);
    copyFileSync('fixtures/dongnai.xlsx', join(dir, 'Đồng Nai.xlsx'.normalize('NFD')));
    for (const typed of ['Đồng Nai.xlsx', 'Đồng Nai.xlsx'.normalize('NFD')]) {
      const validated = await runCli(['validate', typed], { cwd: dir });
      expect(validated.stderr).not.toContain('not found');
      expect(validated.exitCode).toBeLessThan(2);
      const scored = await runCli(['score', typed, '--no-export', '--format', 'json'], {
        cwd: dir,
      });
      expect(scored.exitCode).toBe(0);
      expect(JSON.parse(scored.stdout).entities[0].points).toBeCloseTo(796.59, 2);
    }
    // The same for an indicator set given by path.
    copyFileSync('indicators/vn-smartcity-1.0.yaml', join(dir, 'Bộ chỉ số.yaml'.normalize('NFD')));
    const withSet = await runCli(
      ['score', 'Đồng Nai.xlsx', '--set', 'Bộ chỉ số.yaml', '--no-export'],
      {
        cwd: dir,
      },
    );
    expect(withSet.stderr).not.toContain('cannot read');
    expect(withSet.exitCode).toBe(0);
  });
});
