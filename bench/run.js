// `npm run bench`: generates the workloads, runs each command several times as a fresh process
// under GNU time, and prints the median wall time and peak memory next to the floors measured in
// the same run (`node -e 0`, raw csv-parse, and the pandas script when pandas is installed).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.bench');
// The user cache of compiled sets (sets given by path) lives here, never in the real one.
const cacheDir = join(work, 'cache');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = [process.execPath, join(root, 'bin', 'smartcity.js')];
const node = process.execPath;
const python = ['/usr/bin/python3', 'python3'].find(
  (py) => spawnSync(py, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' }).status === 0,
);

function measure(argv) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...argv], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheDir },
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = result.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, rssKb] = last.split(' ').map(Number);
  return { wall, rssMb: rssKb / 1024, status: result.status, stderr: result.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** `before` runs ahead of every sample, outside the measurement (emptying the cache). */
function bench(name, argv, n = runs, before = () => {}) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    before();
    samples.push(measure(argv));
  }
  const bad = samples.find((s) => s.status !== 0 && s.status !== 1);
  const row = {
    name,
    wall: median(samples.map((s) => s.wall)),
    rss: median(samples.map((s) => s.rssMb)),
    exit: samples[0].status,
  };
  if (bad) row.note = `exit ${bad.status}: ${bad.stderr.split('\n')[0]}`;
  process.stderr.write(
    `  ${name}: ${row.wall.toFixed(2)} s, ${row.rss.toFixed(0)} MB (exit ${row.exit})\n`,
  );
  return row;
}

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
process.stderr.write('Generating workloads…\n');
await generate(work, root);
// The bundled set given by path, as a user's own set is: parsed once, then from the cache.
copyFileSync(join(root, 'indicators', 'vn-smartcity-1.0.yaml'), join(work, 'my-set.yaml'));
const emptyCache = () => rmSync(cacheDir, { recursive: true, force: true });

const rows = [];
process.stderr.write(`Running (${runs} runs each, medians)…\n`);
rows.push(bench('floor: node -e 0', [node, '-e', '0']));
rows.push(
  bench('floor: csv-parse, 1 province CSV', [
    node,
    join(root, 'bench', 'raw-csv-parse.js'),
    'dong-nai_2025.csv',
  ]),
);
rows.push(bench('validate 1 province CSV', [...cli, 'validate', 'dong-nai_2025.csv']));
const withSetPath = [...cli, 'validate', 'dong-nai_2025.csv', '--set', 'my-set.yaml'];
rows.push(bench('validate 1 CSV, --set path, cold cache', withSetPath, runs, emptyCache));
measure(withSetPath); // fills the cache
rows.push(bench('validate 1 CSV, --set path, warm cache', withSetPath));
rows.push(
  bench('score 1 province CSV, no export', [...cli, 'score', 'dong-nai_2025.csv', '--no-export']),
);
rows.push(
  bench('score 1 province CSV → xlsx', [
    ...cli,
    'score',
    'dong-nai_2025.csv',
    '-o',
    'one-csv.xlsx',
  ]),
);
rows.push(
  bench('score 1 province CSV → html', [
    ...cli,
    'score',
    'dong-nai_2025.csv',
    '-o',
    'one-csv.html',
  ]),
);
rows.push(bench('validate 1 province xlsx', [...cli, 'validate', 'dong-nai_2025.xlsx']));
rows.push(
  bench('validate the Đồng Nai form (fixtures/dongnai.xlsx)', [
    ...cli,
    'validate',
    join(root, 'fixtures', 'dongnai.xlsx'),
  ]),
);
rows.push(
  bench('score 1 province xlsx, no export', [...cli, 'score', 'dong-nai_2025.xlsx', '--no-export']),
);
rows.push(
  bench('score 1 province xlsx → xlsx', [
    ...cli,
    'score',
    'dong-nai_2025.xlsx',
    '-o',
    'one-xlsx.xlsx',
  ]),
);
rows.push(
  bench('floor: csv-parse, 34 provinces', [
    node,
    join(root, 'bench', 'raw-csv-parse.js'),
    'national-34.csv',
  ]),
);
rows.push(
  bench('score 34 provinces, no export', [...cli, 'score', 'national-34.csv', '--no-export']),
);
rows.push(
  bench('score 34 provinces → xlsx', [...cli, 'score', 'national-34.csv', '-o', 'national.xlsx']),
);
// Issue #11: the same 34 provinces as a folder of 34 long-layout submissions.
rows.push(
  bench('score 34 long files (a folder), no export', [...cli, 'score', 'round-34/', '--no-export']),
);
rows.push(
  bench('score 34 long files (a folder) → xlsx', [
    ...cli,
    'score',
    'round-34/',
    '-o',
    'round.xlsx',
  ]),
);
rows.push(
  bench('score 34 provinces → html', [...cli, 'score', 'national-34.csv', '-o', 'national.html']),
);
rows.push(
  bench('sensitivity 34 × 50 × 1,000 runs', [
    ...cli,
    'sensitivity',
    'national-34.csv',
    '--format',
    'json',
  ]),
);
rows.push(
  bench('floor: csv-parse, 3,321 × 50', [
    node,
    join(root, 'bench', 'raw-csv-parse.js'),
    'communes-3321.csv',
  ]),
);
rows.push(
  bench('score 3,321 × 50, no export', [
    ...cli,
    'score',
    'communes-3321.csv',
    '--set',
    'bench-set.yaml',
    '--no-export',
  ]),
);
rows.push(
  bench('score 3,321 × 50 → xlsx', [
    ...cli,
    'score',
    'communes-3321.csv',
    '--set',
    'bench-set.yaml',
    '-o',
    'communes.xlsx',
  ]),
);
rows.push(
  bench('sensitivity 3,321 × 50 × 1,000 runs', [
    ...cli,
    'sensitivity',
    'communes-3321.csv',
    '--set',
    'bench-set.yaml',
    '--format',
    'json',
  ]),
);
rows.push(
  bench('compare 3,321 × 50, two rounds (free labels), no export', [
    ...cli,
    'compare',
    'communes-3321.csv',
    'communes-3321-next.csv',
    '--set',
    'bench-set.yaml',
    '--format',
    'json',
  ]),
);
if (python) {
  rows.push(
    bench('baseline: pandas script 3,321 × 50 → xlsx', [
      python,
      join(root, 'bench', 'pandas_score.py'),
      'communes-3321.csv',
      'bench-set.json',
      'pandas.xlsx',
    ]),
  );
}
const bigRuns = Math.min(runs, 3);
rows.push(
  bench(
    'floor: csv-parse, 100,000 × 50',
    [node, join(root, 'bench', 'raw-csv-parse.js'), 'rows-100000.csv'],
    bigRuns,
  ),
);
rows.push(
  bench(
    'validate 100,000 × 50',
    [...cli, 'validate', 'rows-100000.csv', '--set', 'bench-set.yaml'],
    bigRuns,
  ),
);
rows.push(
  bench(
    'validate 100,000 × 50 xlsx',
    [...cli, 'validate', 'rows-100000.xlsx', '--set', 'bench-set.yaml'],
    bigRuns,
  ),
);

const floor = rows[0].wall;
const byName = (n) => rows.find((r) => r.name === n);
console.log(`\n| workload | median wall s | × node -e 0 | peak RSS MB | exit |`);
console.log(`|---|---|---|---|---|`);
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.wall.toFixed(2)} | ${(r.wall / floor).toFixed(1)} | ${r.rss.toFixed(0)} | ${r.exit}${r.note ? ` (${r.note})` : ''} |`,
  );
}
const ours = byName('score 3,321 × 50 → xlsx');
const pandas = byName('baseline: pandas script 3,321 × 50 → xlsx');
console.log('');
const times = (name) => `${(byName(name).wall / floor).toFixed(1)}×`;
console.log(`Targets: validate 1 CSV ≤ 4× node -e 0 → ${times('validate 1 province CSV')}`);
console.log(
  `         validate 1 CSV, --set path, warm cache ≤ 4× → ${times('validate 1 CSV, --set path, warm cache')} (cold: ${times('validate 1 CSV, --set path, cold cache')})`,
);
if (pandas)
  console.log(
    `         3,321 × 50 → xlsx ≤ 0.35× pandas → ${(ours.wall / pandas.wall).toFixed(2)}×`,
  );
else
  console.log(
    '         (pandas + openpyxl not installed: apt-get install python3-pandas python3-openpyxl)',
  );
console.log(
  `         compare 3,321 × 50 ≤ 2× scoring both sides → ${(byName('compare 3,321 × 50, two rounds (free labels), no export').wall / (2 * byName('score 3,321 × 50, no export').wall)).toFixed(2)}×`,
);
console.log(
  `         100,000 × 50 validate ≤ 400 MB → ${byName('validate 100,000 × 50').rss.toFixed(0)} MB`,
);
// Issue #11: reading a round as 34 files costs at most 1.5× the one wide table of the same 34.
const folderRatio = (folder, wide) => (byName(folder).wall / byName(wide).wall).toFixed(2);
console.log(
  `         34 long files ≤ 1.5× one wide table → ${folderRatio('score 34 long files (a folder), no export', 'score 34 provinces, no export')}× (→ xlsx: ${folderRatio('score 34 long files (a folder) → xlsx', 'score 34 provinces → xlsx')}×)`,
);
// Issue #13: a one-province HTML report adds less than 0.3 s to score.
const htmlCost =
  byName('score 1 province CSV → html').wall - byName('score 1 province CSV, no export').wall;
console.log(`         1 province → html adds < 0.3 s to score → ${htmlCost.toFixed(2)} s`);
// The compute alone, in-process (bench/sensitivity-compute.js): reading and scoring excluded.
const sensitivityCompute = (...args) =>
  JSON.parse(
    spawnSync(node, [join(root, 'bench', 'sensitivity-compute.js'), ...args], {
      cwd: work,
      encoding: 'utf8',
    }).stdout,
  );
const national = sensitivityCompute('national-34.csv');
const communes = sensitivityCompute('communes-3321.csv', 'bench-set.yaml');
console.log(
  `         sensitivity 34 × 50 × 1,000 runs: compute well under 1 s → ${national.cold} ms (CPU ${national.cpu} ms; warm ${national.warm} ms)`,
);
console.log(
  `         sensitivity 3,321 × 50 × 1,000 runs: compute → ${communes.cold} ms (CPU ${communes.cpu} ms; warm ${communes.warm} ms)`,
);
console.log(
  `         100,000 × 50 xlsx validate ≤ 1.5 GB → ${byName('validate 100,000 × 50 xlsx').rss.toFixed(0)} MB`,
);
console.log(
  `         validate the Đồng Nai form → ${byName('validate the Đồng Nai form (fixtures/dongnai.xlsx)').wall.toFixed(2)} s (${(byName('validate the Đồng Nai form (fixtures/dongnai.xlsx)').wall / floor).toFixed(1)}× node -e 0)`,
);
