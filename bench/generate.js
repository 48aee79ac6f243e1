// Generates the benchmark workloads into a directory: deterministic (seeded), nothing committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeTableXlsx } from './table-xlsx.js';

/** A small deterministic PRNG (mulberry32) so every run measures the same files. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csvField = (text) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvLine = (fields) => fields.map((f) => csvField(String(f))).join(',') + '\n';

/** Flattens the indicators of a set YAML (any depth of groups). */
function indicatorsOf(set) {
  const out = [];
  const walk = (groups) => {
    for (const group of groups) {
      if (group.groups) walk(group.groups);
      for (const indicator of group.indicators ?? []) out.push(indicator);
    }
  };
  walk(set.groups);
  return out;
}

/** A plausible raw value for an indicator, as a province would type it (Vietnamese decimal comma). */
function valueFor(indicator, random, { typed = false } = {}) {
  const method = indicator.scoring.method;
  if (indicator.type === 'boolean') return random() < 0.6 ? 'Có' : 'Không';
  if (indicator.type === 'level') {
    const n = indicator.scoring.levels?.length ?? 3;
    return String(1 + Math.floor(random() * n));
  }
  let v;
  if (method === 'target') {
    const { target, worst = 0 } = indicator.scoring;
    v = worst + (target - worst) * (0.3 + random() * 0.9);
  } else if (method === 'steps') {
    const th = indicator.scoring.steps.map((s) => s.min ?? s.max);
    v = Math.max(...th) * (0.2 + random());
  } else {
    v = 100 + random() * 5000;
  }
  const [lo, hi] = indicator.range ?? (indicator.type === 'percent' ? [0, 100] : [0, null]);
  if (lo !== null && lo !== undefined) v = Math.max(lo, v);
  if (hi !== null && hi !== undefined) v = Math.min(hi, v);
  if (indicator.type === 'count') v = Math.round(v);
  else v = Math.round(v * 10) / 10;
  if (typed) return v;
  return String(v).replace('.', ',');
}

/** A synthetic 50-indicator set (5 domains × 2 groups × 5 indicators) for the commune workloads. */
function benchSetYaml() {
  const lines = [
    'id: bench-communes',
    'version: "1.0"',
    'title: { vi: "Bộ chỉ số thử tải", en: "Benchmark set" }',
    'missing: zero',
    'total: 1000',
    'groups:',
  ];
  for (let d = 1; d <= 5; d++) {
    lines.push(
      `  - code: D${d}`,
      `    name: { vi: "Lĩnh vực ${d}", en: "Domain ${d}" }`,
      '    points: 200',
      '    groups:',
    );
    for (let g = 1; g <= 2; g++) {
      lines.push(
        `      - code: D${d}.G${g}`,
        `        name: { vi: "Nhóm ${d}.${g}", en: "Group ${d}.${g}" }`,
        '        points: 100',
        '        indicators:',
      );
      for (let i = 1; i <= 5; i++) {
        const code = `D${d}.G${g}.${String(i).padStart(2, '0')}`;
        const lower = i === 5;
        lines.push(
          `          - code: ${code}`,
          `            name: { vi: "Chỉ số ${code}", en: "Indicator ${code}" }`,
          '            type: percent',
          '            unit: "%"',
          `            direction: ${lower ? 'lower' : 'higher'}`,
          lower
            ? '            scoring: { method: target, target: 10, worst: 60 }'
            : `            scoring: { method: target, target: ${60 + i * 5} }`,
        );
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** "Hồ Chí Minh" → "ho-chi-minh": the file names a province sends (the tool reads who from them). */
function fileSlug(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function generate(dir, root) {
  mkdirSync(dir, { recursive: true });
  const random = rng(20251122);
  const bundled = parse(readFileSync(join(root, 'indicators', 'vn-smartcity-1.0.yaml'), 'utf8'));
  const bundledIndicators = indicatorsOf(bundled);
  const provinces = readFileSync(join(root, 'indicators', 'provinces.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','))
    .filter((f) => f[0] === '2025')
    .map((f) => ({ code: f[1], name: f[2] }));

  // 1. One province, long layout: CSV and xlsx.
  let one = csvLine(['Mã chỉ số', 'Giá trị']);
  for (const ind of bundledIndicators) one += csvLine([ind.code, valueFor(ind, random)]);
  writeFileSync(join(dir, 'dong-nai_2025.csv'), one);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['Mã chỉ số', 'Giá trị']);
  for (const ind of bundledIndicators)
    ws.addRow([ind.code, valueFor(ind, random, { typed: true })]);
  await wb.xlsx.writeFile(join(dir, 'dong-nai_2025.xlsx'));

  // 2. The national table: 34 provinces, wide.
  const scored = bundledIndicators.filter((i) => i.scoring.method !== 'info');
  let national = csvLine(['Mã tỉnh', 'Tỉnh/Thành phố', 'Năm', ...scored.map((i) => i.code)]);
  // The same 34 provinces as a folder of long-layout submissions, one file each, with the same
  // values (issue #11: a folder of 34 costs at most 1.5× the one wide table).
  mkdirSync(join(dir, 'round-34'), { recursive: true });
  for (const p of provinces) {
    const values = scored.map((i) => valueFor(i, random));
    national += csvLine([p.code, p.name, 2025, ...values]);
    // The code on every row says who the file is about (a file name alone can be ambiguous);
    // the evidence column keeps DATA_EVIDENCE_MISSING warnings out of the timing.
    let long = csvLine(['Mã tỉnh', 'Mã chỉ số', 'Giá trị', 'Tài liệu kiểm chứng']);
    scored.forEach((ind, k) => (long += csvLine([p.code, ind.code, values[k], `QĐ ${k + 1}`])));
    writeFileSync(join(dir, 'round-34', `${fileSlug(p.name)}_2025.csv`), long);
  }
  writeFileSync(join(dir, 'national-34.csv'), national);

  // 3. Communes: 3,321 entities × 50 indicators; and 4. 100,000 rows × 50 indicators.
  const setText = benchSetYaml();
  writeFileSync(join(dir, 'bench-set.yaml'), setText);
  const benchIndicators = indicatorsOf(parse(setText));
  writeFileSync(
    join(dir, 'bench-set.json'),
    JSON.stringify(
      benchIndicators.map((i) => ({
        code: i.code,
        direction: i.direction ?? 'higher',
        target: i.scoring.target,
        worst: i.scoring.worst ?? 0,
        points: 20,
      })),
    ),
  );
  const communes = (n, name) => {
    const lines = [csvLine(['Xã/Phường', ...benchIndicators.map((i) => i.code)])];
    for (let r = 1; r <= n; r++) {
      lines.push(csvLine([`Xã số ${r}`, ...benchIndicators.map((i) => valueFor(i, random))]));
    }
    writeFileSync(join(dir, name), lines.join(''));
  };
  communes(3321, 'communes-3321.csv');
  communes(100000, 'rows-100000.csv');

  // 5. The same 100,000 × 50 table as a workbook (typed numbers, labels as shared strings).
  await writeTableXlsx(
    join(dir, 'rows-100000.xlsx'),
    ['Xã/Phường', ...benchIndicators.map((i) => i.code)],
    function* () {
      for (let r = 1; r <= 100000; r++) {
        yield [`Xã số ${r}`, ...benchIndicators.map((i) => valueFor(i, random, { typed: true }))];
      }
    },
  );

  // 6. A second round of the 3,321 communes (other values, same labels), for `compare`. Made
  // last, so the workloads above keep their values.
  communes(3321, 'communes-3321-next.csv');
}
