import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provincesOfEra } from '../../../src/core/province/province-registry.js';
import { libreOfficePdf, skipLibreOffice } from '../../helpers/libreoffice.js';
import { runCli } from '../../helpers/run-cli.js';

/**
 * Spec §9.1 "It prints", checked as a reviewer would: LibreOffice prints the report to PDF and
 * the PDF is measured with poppler's pdftotext and pdfinfo — page numbers on every page, type
 * never under 6 pt, wide sheets in landscape with their header row and identifying columns on
 * every page.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const GROUPS = ['HT', 'CQ', 'DV', 'KT'];
const PER_GROUP = 12;

function setYaml(): string {
  let yaml =
    'id: print-set\nversion: "1.0"\ntitle: { vi: "Bộ chỉ số in thử", en: "Print test set" }\n' +
    `source: "test"\neffective: "2025-01-01"\nmissing: zero\ntotal: ${GROUPS.length * PER_GROUP * 5}\ngroups:\n`;
  for (const group of GROUPS) {
    yaml += `  - code: ${group}\n    name: { vi: "Lĩnh vực ${group}", en: "Domain ${group}" }\n    points: ${PER_GROUP * 5}\n    indicators:\n`;
    for (let i = 1; i <= PER_GROUP; i++) {
      yaml +=
        `      - code: ${group}.${String(i).padStart(2, '0')}\n` +
        `        name: { vi: "Tỷ lệ chỉ tiêu thử nghiệm số ${i} của lĩnh vực ${group}", en: "Test indicator ${i} of ${group}" }\n` +
        '        type: percent\n        unit: "%"\n        points: 5\n' +
        '        scoring: { method: target, target: 80 }\n';
    }
  }
  return yaml;
}

function nationalCsv(): string {
  const codes = GROUPS.flatMap((group) =>
    Array.from({ length: PER_GROUP }, (_, i) => `${group}.${String(i + 1).padStart(2, '0')}`),
  );
  const lines = [`Tỉnh/Thành phố,Năm,${codes.join(',')}`];
  provincesOfEra('2025').forEach((unit, r) => {
    lines.push(`${unit.name},2025,${codes.map((_, j) => (r * 17 + j * 7) % 101).join(',')}`);
  });
  return `${lines.join('\n')}\n`;
}

interface Printed {
  pages: string[];
  /** Heights (pt) of every word's box: about 1.2 × its type size. */
  wordHeights: number[];
  /** Per page: whether it is landscape. */
  landscape: boolean[];
}

function measure(pdf: string): Printed {
  // Raw: text in the order it is drawn, so the page header and footer come first.
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const pages = text.split('\f').slice(0, -1);
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const wordHeights = [...bbox.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].map(
    (m) => Number(m[2]) - Number(m[1]),
  );
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], {
    encoding: 'utf8',
  });
  const landscape = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    (m) => Number(m[1]) > Number(m[2]),
  );
  return { pages, wordHeights, landscape };
}

const skip = skipLibreOffice();
let dir = '';
let single: Printed;
let batch: Printed;

beforeAll(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'smartcity-print-'));
  writeFileSync(join(dir, 'set.yaml'), setYaml());
  writeFileSync(join(dir, 'national.csv'), nationalCsv());
  const env = { SOURCE_DATE_EPOCH: '1767225600' };
  const one = await runCli(
    ['score', join(ROOT, 'fixtures', 'dongnai.xlsx'), '-o', 'one.xlsx', '--quiet'],
    { cwd: dir, env },
  );
  expect(one.exitCode, one.stderr).toBe(0);
  const many = await runCli(
    ['score', 'national.csv', '--set', 'set.yaml', '-o', 'national.xlsx', '--quiet'],
    { cwd: dir, env },
  );
  expect(many.exitCode, many.stderr).toBe(0);
  mkdirSync(join(dir, 'one'));
  mkdirSync(join(dir, 'many'));
  single = measure(await libreOfficePdf(join(dir, 'one.xlsx'), join(dir, 'one')));
  batch = measure(await libreOfficePdf(join(dir, 'national.xlsx'), join(dir, 'many')));
}, 300_000);
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip)('the report printed by LibreOffice (spec §9.1)', () => {
  it('numbers every page "Trang n/N" under a header with the report title', () => {
    for (const printed of [single, batch]) {
      const count = printed.pages.length;
      expect(count).toBeGreaterThan(3);
      printed.pages.forEach((page, i) => {
        expect(page).toContain(`Trang ${i + 1}/${count}`);
        expect(page).toContain('Báo cáo đánh giá đô thị thông minh');
      });
    }
    expect(single.pages[0]).toContain('Đồng Nai — năm 2025');
    expect(batch.pages[0]).toContain('toàn quốc — năm 2025');
  });

  it('never prints type under 6 pt', () => {
    for (const printed of [single, batch]) {
      expect(printed.wordHeights.length).toBeGreaterThan(500);
      // A word's box is its type size × ~1.16 (DejaVu Sans): 6 pt type gives ~7 pt boxes.
      expect(Math.min(...printed.wordHeights)).toBeGreaterThanOrEqual(6.5);
    }
  });

  it('prints the cover portrait and the wide matrix landscape, over several pages, each with its header row and identifying columns', () => {
    expect(batch.landscape[0]).toBe(false);
    // Each page's header names its sheet: the matrix is "Chỉ số".
    const matrixPages = batch.pages
      .map((page, i) => ({ page, i }))
      .filter(({ page }) => (page.split('\n')[0] ?? '').endsWith('năm 2025 Chỉ số'));
    expect(matrixPages.length).toBeGreaterThan(1);
    for (const { page, i } of matrixPages) {
      expect(batch.landscape[i], `page ${i + 1}`).toBe(true);
      expect(page).toContain('Mã tỉnh');
      expect(page).toContain('Hà Nội');
    }
    // The matrix names its indicators: their names are printed, not just codes.
    const printed = matrixPages.map(({ page }) => page).join('\n');
    expect(printed).toMatch(/KT\.12\s+Tỷ\s+lệ/);
    expect(printed).toMatch(/HT\.01\s+Tỷ\s+lệ/);
  });
});
