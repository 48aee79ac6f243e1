import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const before = join(fixtures, 'compare/national-2024.csv');
const after = join(fixtures, 'compare/national-2025.csv');
const set = ['--set', join(fixtures, 'data/example-set.yaml')];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-compare-html-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compare -o x.html', () => {
  it('writes one self-contained page: overview, change chart, table with ▲/▼, method', async () => {
    const out = join(dir, 'so-sanh.html');
    const t = await runCli(['compare', before, after, ...set, '-o', out, '--quiet'], { cwd: dir });
    expect(t.exitCode).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('So sánh hai đợt đánh giá');
    expect(html).toContain('<svg');
    expect(html).toMatch(/[▲▼]/);
    expect(html).toContain('Đợt trước được gộp về 34 đơn vị năm 2025 (--rollup scores).');
    // The JSON of the same comparison names the same entities as the page.
    const json = await runCli(
      ['compare', before, after, ...set, '--format', 'json', '--no-color'],
      {
        cwd: dir,
      },
    );
    const doc = JSON.parse(json.stdout) as { entities: { label: string }[] };
    expect(doc.entities.length).toBeGreaterThan(5);
    for (const entity of doc.entities) expect(html).toContain(entity.label);
    // Numbers in the reader's language: a decimal comma in the Vietnamese page.
    const text = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ');
    expect(text).toMatch(/\d,\d%/);
    expect(text).not.toMatch(/\b\d+\.\d+%/);
  });

  it('speaks English with --lang en, and refuses another extension by name', async () => {
    const out = join(dir, 'compare.html');
    const t = await runCli(
      ['compare', before, after, ...set, '-o', out, '--lang', 'en', '--quiet'],
      {
        cwd: dir,
      },
    );
    expect(t.exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Comparison of two rounds');
    const bad = await runCli(
      ['compare', before, after, ...set, '-o', join(dir, 'x.pdf'), '--lang', 'en'],
      {
        cwd: dir,
      },
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('name.html');
  });
});
