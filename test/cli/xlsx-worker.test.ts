import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, type BinRun } from '../helpers/run-bin.js';

/**
 * The built CLI writes a big workbook's big sheets on a worker thread
 * (src/render/xlsx/xlsx-sheet-thread.ts), found next to the bundle's entries. What the worker does
 * is seen from a module preloaded with --import that wraps node:worker_threads' Worker: it says
 * when one is started, refuses to start one, or starts one that fails.
 */
const MARK = 'SMARTCITY_TEST_WORKER';
const hook = (body: string): string =>
  `data:text/javascript,${encodeURIComponent(
    "import wt from 'node:worker_threads'; import { syncBuiltinESMExports } from 'node:module';" +
      'const Original = wt.Worker;' +
      `wt.Worker = class extends Original { constructor(url, options) { ${body} } };` +
      'syncBuiltinESMExports();',
  )}`;
const RECORD = hook(
  `super(url, options); process.stderr.write('\\n${MARK} ' + String(url).split('/').pop() + '\\n');`,
);
const REFUSE = hook("throw new Error('no threads here');");
const FAIL = hook('super(\'throw new Error("the worker broke")\', { eval: true });');

/** A 50-indicator set (5 groups of 10) and `count` communes: a batch whose long sheets pass the threshold. */
function writeBatch(dir: string, count: number): void {
  const codes = Array.from({ length: 50 }, (_, i) => `G${Math.floor(i / 10) + 1}.${(i % 10) + 1}`);
  const set = [
    'id: worker-test',
    'version: "1.0"',
    'title: { vi: "Bộ thử", en: "Test set" }',
    'missing: zero',
    'total: 1000',
    'groups:',
  ];
  for (let g = 1; g <= 5; g++) {
    set.push(
      `  - code: G${g}`,
      `    name: { vi: "Nhóm ${g}", en: "Group ${g}" }`,
      '    points: 200',
    );
    set.push('    indicators:');
    for (const code of codes.filter((c) => c.startsWith(`G${g}.`))) {
      set.push(
        `      - code: ${code}`,
        `        name: { vi: "Chỉ số ${code}", en: "Indicator ${code}" }`,
        '        type: percent',
        '        unit: "%"',
        '        direction: higher',
        '        scoring: { method: target, target: 80 }',
      );
    }
  }
  writeFileSync(join(dir, 'set.yaml'), `${set.join('\n')}\n`);
  const lines = [['Xã/Phường', ...codes].join(',')];
  for (let r = 1; r <= count; r++) {
    lines.push([`Xã số ${r}`, ...codes.map((_, i) => ((r * 37 + i * 11) % 100) + 0.5)].join(','));
  }
  writeFileSync(join(dir, 'communes.csv'), `${lines.join('\n')}\n`);
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'smartcity-worker-'));
  writeBatch(dir, 400);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const score = (out: string, imports: string[]): Promise<BinRun> =>
  runBin(['score', 'communes.csv', '--set', 'set.yaml', '-o', out, '--quiet'], dir, {
    imports,
    env: { SOURCE_DATE_EPOCH: '1767225600' },
  });

describe('the CLI writing a big workbook', () => {
  it('writes its big sheets on one worker thread, byte-identical to writing them in-thread', async () => {
    const worker = await score('worker.xlsx', [RECORD]);
    expect(worker.code, worker.stderr).toBe(0);
    const started = worker.stderr.split('\n').filter((line) => line.startsWith(MARK));
    expect(started).toEqual([`${MARK} xlsx-sheet-worker.js`]);

    // No thread to be had: the same workbook, written in this thread.
    const refused = await score('in-thread.xlsx', [REFUSE]);
    expect(refused.code, refused.stderr).toBe(0);
    const a = readFileSync(join(dir, 'worker.xlsx'));
    const b = readFileSync(join(dir, 'in-thread.xlsx'));
    expect(a.length).toBeGreaterThan(100_000);
    expect(a.equals(b)).toBe(true);
  }, 60_000);

  it('fails cleanly when the worker fails: exit 3, one line, no file, no thread left', async () => {
    const failed = await score('broken.xlsx', [FAIL]);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('the worker broke');
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'broken.xlsx'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('broken'))).toEqual([]);
  }, 60_000);

  it('starts no worker for one province', async () => {
    const small = await runBin(
      ['score', join(process.cwd(), 'fixtures', 'dongnai.xlsx'), '-o', 'small.xlsx', '--quiet'],
      dir,
      { imports: [RECORD] },
    );
    expect(small.code, small.stderr).toBe(0);
    expect(small.stderr).not.toContain(MARK);
  }, 60_000);
});
