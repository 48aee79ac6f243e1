import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** `score -o report.html` (spec §9.2) end to end, with markup in the set's labels. */
const DATA = join(import.meta.dirname, '..', 'fixtures', 'data');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-html-'));
  const set = readFileSync(join(DATA, 'example-set.yaml'), 'utf8')
    .replace('vi: "Hạ tầng"', 'vi: "<script>alert(1)</script> Hạ tầng"')
    .replace('vi: "Có trung tâm IOC cấp tỉnh"', 'vi: "IOC <img src=x onerror=alert(2)>"');
  writeFileSync(join(dir, 'set.yaml'), set);
  writeFileSync(join(dir, 'quang-ninh.csv'), readFileSync(join(DATA, 'quang-ninh.csv')));
  writeFileSync(join(dir, 'national-34.csv'), readFileSync(join(DATA, 'national-34.csv')));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('score -o report.html', () => {
  it('writes one self-contained report whose labels from the set are text, not markup', async () => {
    const run = await runCli(
      [
        'score',
        'quang-ninh.csv',
        '--set',
        'set.yaml',
        '--province',
        'Quảng Ninh',
        '-o',
        'report.html',
      ],
      { cwd: dir },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hạ tầng');
    expect(html).toContain('IOC &lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/https?:\/\//);
    expect(run.stderr).toContain('report.html');
  });

  it('writes the national ranking with the tile map, in English with --lang en', async () => {
    const run = await runCli(
      [
        'score',
        'national-34.csv',
        '--set',
        'set.yaml',
        '--year',
        '2025',
        '--lang',
        'en',
        '-o',
        'national.html',
      ],
      { cwd: dir },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const html = readFileSync(join(dir, 'national.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Tile map of the 34 units');
    expect(html).toContain('<section id="ranking"');
  });

  it('a keep-going round lists its rejected files and missing units (spec §7, §9.2)', async () => {
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'round'), join(dir, 'nop'), {
      recursive: true,
    });
    const run = await runCli(
      ['score', 'nop/', '--keep-going', '--expect', 'all', '-o', 'round.html'],
      { cwd: dir },
    );
    expect(run.exitCode).toBe(1);
    const html = readFileSync(join(dir, 'round.html'), 'utf8');
    expect(html).toContain('Hồ sơ bị loại (2)');
    expect(html).toContain('nop/lam-dong_2025.csv: 1 lỗi, 0 cảnh báo');
    expect(html).toContain('DATA_NOT_A_NUMBER');
    expect(html).toContain('nop/dong-nai_2025_ban-2.csv');
    expect(html).toContain('Đơn vị chưa có hồ sơ (29)');
    expect(html).toContain('<li>22 Quảng Ninh</li>');
    // Without --keep-going and --expect: neither list.
    const plain = await runCli(
      ['score', 'nop/ha-noi_2025.csv', 'nop/hue_2025.csv', '-o', 'plain.html'],
      { cwd: dir },
    );
    expect(plain.exitCode, plain.stderr).toBe(0);
    const plainHtml = readFileSync(join(dir, 'plain.html'), 'utf8');
    expect(plainHtml).not.toContain('Hồ sơ bị loại');
    expect(plainHtml).not.toContain('Đơn vị chưa có hồ sơ');
  });

  it('refuses another extension, naming .html among the formats (exit 2)', async () => {
    const run = await runCli(['score', 'quang-ninh.csv', '--set', 'set.yaml', '-o', 'report.pdf'], {
      cwd: dir,
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('.html');
  });
});
