import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture, tempFolder } from '../helpers/temp-folder.js';

/** `score -o report.html` (spec §9.2) end to end, with markup in the set's labels. */
const tmp = tempFolder('smartcity-html-', {
  scope: 'file',
  copy: {
    'quang-ninh.csv': 'data/quang-ninh.csv',
    'national-34.csv': 'data/national-34.csv',
    nop: 'round',
  },
  setup: (dir) => {
    const set = readFileSync(fixture('data', 'example-set.yaml'), 'utf8')
      .replace('vi: "Hạ tầng"', 'vi: "<script>alert(1)</script> Hạ tầng"')
      .replace('vi: "Có trung tâm IOC cấp tỉnh"', 'vi: "IOC <img src=x onerror=alert(2)>"');
    writeFileSync(join(dir, 'set.yaml'), set);
  },
});

const score = (args: string[]) => runCli(['score', ...args], { cwd: tmp.dir });
const written = (name: string) => readFileSync(tmp.at(name), 'utf8');
/** Runs `score <args> -o <name>`, which must succeed: the transcript and the page it wrote. */
async function page(name: string, args: string[]) {
  const run = await score([...args, '-o', name]);
  expect(run.exitCode, run.stderr).toBe(0);
  return { run, html: written(name) };
}

describe('score -o report.html', () => {
  it('writes one self-contained report whose labels from the set are text, not markup', async () => {
    const { run, html } = await page('report.html', [
      'quang-ninh.csv',
      '--set',
      'set.yaml',
      '--province',
      'Quảng Ninh',
    ]);
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hạ tầng');
    expect(html).toContain('IOC &lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/https?:\/\//);
    expect(run.stderr).toContain('report.html');
  });

  it('writes the national ranking with the tile map, in English with --lang en', async () => {
    const { html } = await page('national.html', [
      'national-34.csv',
      '--set',
      'set.yaml',
      '--year',
      '2025',
      '--lang',
      'en',
    ]);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Tile map of the 34 units');
    expect(html).toContain('<section id="ranking"');
  });

  it('a keep-going round lists its rejected files and missing units (spec §7, §9.2)', async () => {
    const run = await score(['nop/', '--keep-going', '--expect', 'all', '-o', 'round.html']);
    expect(run.exitCode).toBe(1);
    const html = written('round.html');
    expect(html).toContain('Hồ sơ bị loại (2)');
    expect(html).toContain('nop/lam-dong_2025.csv: 1 lỗi, 0 cảnh báo');
    expect(html).toContain('DATA_NOT_A_NUMBER');
    expect(html).toContain('nop/dong-nai_2025_ban-2.csv');
    expect(html).toContain('Đơn vị chưa có hồ sơ (29)');
    expect(html).toContain('<li>22 Quảng Ninh</li>');
    // Without --keep-going and --expect: neither list.
    const plainHtml = (await page('plain.html', ['nop/ha-noi_2025.csv', 'nop/hue_2025.csv'])).html;
    expect(plainHtml).not.toContain('Hồ sơ bị loại');
    expect(plainHtml).not.toContain('Đơn vị chưa có hồ sơ');
  });

  it('refuses another extension, naming .html among the formats (exit 2)', async () => {
    const run = await score(['quang-ninh.csv', '--set', 'set.yaml', '-o', 'report.pdf']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('.html');
  });
});
