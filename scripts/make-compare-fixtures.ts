/**
 * Builds the national example pair of `smartcity compare` (spec §8): test/fixtures/compare/
 * national-2024.csv (the 63 provinces before the 2025 merger) and national-2025.csv (the 34 units),
 * both for the worked-example set (test/fixtures/data/example-set.yaml). The values are invented
 * but plausible — not official statistics — drawn from a fixed seed, so the files are the same on
 * every run. Provinces come from the registry (indicators/provinces.csv).
 *
 * Run: `npx tsx scripts/make-compare-fixtures.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test', 'fixtures', 'compare');

/** mulberry32: small, fixed, good enough for invented table values. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const units = readFileSync(join(root, 'indicators', 'provinces.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(','))
  .map(([era, code, name]) => ({ era: era!, code: code!, name: name! }));

const HEADER = 'Mã tỉnh,Tỉnh/Thành phố,Năm,HT.01,HT.02,DV.01,DV.02,DV.03,DV.04\n';

function table(era: string, year: number, seed: number, better: number): string {
  const random = rng(seed);
  const pick = (lo: number, hi: number): number => lo + (hi - lo) * random();
  let text = HEADER;
  for (const unit of units.filter((u) => u.era === era)) {
    const fibre = Math.min(100, pick(30, 90) + better).toFixed(1);
    const ioc = random() < 0.5 + better / 40 ? 'Có' : 'Không';
    const water = Math.max(5, pick(12, 38) - better).toFixed(1);
    // One value in nine is not reported, so both missing policies have something to do.
    const releases = random() < 1 / 9 ? '' : String(Math.round(pick(0, 14) + better / 3));
    const health = String(1 + Math.floor(random() * 3));
    const population = Math.round(pick(300, 9000));
    text += `${unit.code},${unit.name},${year},${fibre},${ioc},${water},${releases},${health},${population}\n`;
  }
  return text;
}

writeFileSync(join(out, 'national-2024.csv'), table('pre-2025', 2024, 2024, 0));
writeFileSync(join(out, 'national-2025.csv'), table('2025', 2025, 2025, 5));
console.log(`wrote ${out}/national-2024.csv (63 provinces) and national-2025.csv (34 units)`);
