import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, runChromium, skipChromium } from '../../helpers/chromium.js';
import { runCli } from '../../helpers/run-cli.js';

/**
 * Spec §9.2 in a real browser, as a reviewer opens it: Debian's chromium headless with the
 * network cut off — the DOM it builds, no console message (a blocked fetch would be one), no
 * script ever running, screenshots of a desktop and a phone width, and print to PDF on A4.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const DATA = join(ROOT, 'test', 'fixtures', 'data');
const skip = skipChromium();
let dir = '';

const reports = {
  single: 'dongnai.html',
  national: 'national.html',
  sensitivity: 'sensitivity.html',
} as const;

beforeAll(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'smartcity-browser-'));
  writeFileSync(join(dir, 'national-34.csv'), readFileSync(join(DATA, 'national-34.csv')));
  writeFileSync(join(dir, 'set.yaml'), readFileSync(join(DATA, 'example-set.yaml')));
  const env = { SOURCE_DATE_EPOCH: '1767225600' };
  const runs = [
    ['score', join(ROOT, 'fixtures', 'dongnai.xlsx'), '-o', reports.single, '--quiet'],
    ['score', 'national-34.csv', '--set', 'set.yaml', '--year', '2025', '-o', reports.national],
    ['sensitivity', 'national-34.csv', '--set', 'set.yaml', '--year', '2025', '--runs', '200'],
  ];
  runs[1]!.push('--quiet');
  runs[2]!.push('-o', reports.sensitivity, '--quiet');
  for (const args of runs) {
    const run = await runCli(args, { cwd: dir, env });
    expect(run.exitCode, run.stderr).toBe(0);
  }
}, 120_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const url = (name: string): string => pathToFileURL(join(dir, name)).href;
const consoleLines = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line.includes(':CONSOLE'));

describe.skipIf(skip)('the HTML reports in headless chromium', () => {
  it.each(Object.entries(reports))(
    '%s: every chart in the DOM chromium builds, nothing logged with the network off',
    async (_kind, name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const charts = source.match(/<svg\b/g)?.length ?? 0;
      expect(charts).toBeGreaterThan(0);
      const run = await runChromium(['--dump-dom'], url(name));
      // A blocked fetch or a CSP violation would be a console message.
      expect(consoleLines(run.stderr)).toEqual([]);
      expect(run.stdout).toMatch(/<html lang="vi">/);
      expect(run.stdout.match(/<svg\b/g)?.length).toBe(charts);
      expect(run.stdout).toContain('<section id="method"');
    },
    180_000,
  );

  it('runs no script even when one is slipped into the file: the report reads with JavaScript off', async () => {
    // chromium's own "scripts off" switch also stops --dump-dom, so what is tested is the page's
    // Content Security Policy: no script can run in it, and it fetches nothing.
    const source = readFileSync(join(dir, reports.single), 'utf8');
    const tampered = source.replace(
      '</main>',
      '<script>document.title = "ran"</script><p><img src="https://example.com/x.png" alt=""></p></main>',
    );
    writeFileSync(join(dir, 'tampered.html'), tampered);
    const run = await runChromium(['--dump-dom'], url('tampered.html'));
    expect(run.stdout).not.toContain('<title>ran</title>');
    expect(run.stdout).toContain('<section id="method"');
    const refused = consoleLines(run.stderr).join('\n');
    expect(refused).toMatch(/Content Security Policy/);
  }, 180_000);

  it.each([
    [1280, 2000],
    [400, 3000],
  ])(
    'screenshots at %i px wide are drawn',
    async (width, height) => {
      for (const name of [reports.single, reports.national]) {
        const png = join(dir, `${name}-${width}.png`);
        await runChromium([`--window-size=${width},${height}`, `--screenshot=${png}`], url(name));
        const bytes = readFileSync(png);
        expect(pngSize(bytes)).toEqual({ width, height });
        // A blank page compresses to almost nothing; a drawn report does not.
        expect(bytes.length).toBeGreaterThan(20_000);
      }
    },
    180_000,
  );

  it('prints to PDF on A4 pages, sections on pages of their own', async () => {
    const pdf = join(dir, 'national.pdf');
    await runChromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`], url(reports.national));
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    let pdfinfo = '';
    try {
      pdfinfo = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    } catch {
      return; // poppler missing: the PDF exists, its pages are not measured
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo)![1]);
    // Overview + ranking, tile map, heat map, ranking table, findings, method: at least five.
    expect(pages).toBeGreaterThanOrEqual(5);
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(pdfinfo)!.slice(1).map(Number);
    expect(Math.round(w!)).toBe(595);
    expect(Math.round(h!)).toBe(842);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('toàn quốc');
    expect(text).toContain('Hồ Chí Minh');
  }, 180_000);
});
