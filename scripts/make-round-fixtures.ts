// Writes test/fixtures/round/: a small national round against the bundled set, as the ministry
// receives it (spec §6, §7) — long-layout CSV submissions, most good, one with a bad value, one a
// second file for a province already submitted, one a blank template, one in a subfolder, plus the
// files a folder scan must skip (an Excel lock file, a hidden file, an earlier report).
// Run: npx tsx scripts/make-round-fixtures.ts (deterministic: same bytes every time).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedIndicator } from '../src/core/set/resolved-set.js';
import { yamlIndicatorSet } from '../src/io/yaml/yaml-indicator-set.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test', 'fixtures', 'round');
const { set } = yamlIndicatorSet(
  readFileSync(join(root, 'indicators', 'vn-smartcity-1.0.yaml'), 'utf8'),
  'vn-smartcity-1.0.yaml',
);
if (set === null) throw new Error('the bundled set does not load');

/** A small deterministic generator (no Math.random: the fixture must not change). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function valueOf(indicator: ResolvedIndicator, next: () => number): string {
  switch (indicator.type) {
    case 'boolean':
      return next() < 0.7 ? 'Có' : 'Không';
    case 'level':
      return 'Đang triển khai';
    case 'percent':
      return String(Math.round(20 + next() * 75));
    default: {
      const max = indicator.range[1] ?? 1000;
      return String(Math.round(next() * Math.min(max, 200)));
    }
  }
}

function submission(seed: number, blank = false, broken = false): string {
  const next = generator(seed);
  const lines = ['Mã chỉ số,Giá trị,Tài liệu kiểm chứng'];
  set!.indicators.forEach((indicator, i) => {
    let value = blank ? '' : valueOf(indicator, next);
    if (broken && i === 0) value = 'khoảng 50';
    const evidence = blank ? '' : `QĐ ${100 + i}/QĐ-UBND`;
    lines.push(`${indicator.code},${value},${evidence}`);
  });
  return `${lines.join('\n')}\n`;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'muon'), { recursive: true });
mkdirSync(join(out, 'bo-khac'), { recursive: true });
const files: Record<string, string> = {
  'ha-noi_2025.csv': submission(1),
  'dong-nai_2025.csv': submission(2),
  'an-giang_2025.csv': submission(3),
  'hue_2025.csv': submission(4),
  // A value that is not a number: the file is rejected under --keep-going.
  'lam-dong_2025.csv': submission(5, false, true),
  // A second submission from Đồng Nai ("bản 2"): DATA_DUPLICATE_ENTITY.
  'dong-nai_2025_ban-2.csv': submission(6),
  // The template sent back empty: no rating, and validate --strict fails it.
  'cao-bang_2025.csv': submission(7, true),
  // Late, in a subfolder: read only with --recursive.
  'muon/quang-ninh_2025.csv': submission(8),
  // Made for another indicator set (the worked example's codes): one DATA_SET_MISMATCH.
  'bo-khac/quang-ninh_2025.csv':
    'Mã chỉ số,Giá trị\nHT.01,60\nHT.02,Có\nDV.01,20\nDV.02,8\nDV.03,Một phần\nDV.04,1350\n',
  // Never read from a folder or a pattern.
  '~$ha-noi_2025.xlsx': 'an Excel lock file, not a workbook',
  '.ghi-chu.csv': 'a hidden file\n',
  'vong-truoc.report.xlsx': 'a report of an earlier run',
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(`wrote ${Object.keys(files).length} files to ${out}`);
