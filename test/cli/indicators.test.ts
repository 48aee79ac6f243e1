import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';

const SETS = 'test/fixtures/sets';
const VALID = ['nested-codes', 'shared-points', 'every-method'];
const INVALID: [string, RegExp][] = [
  ['misspelt-key', /misspelt-key\.yaml:7:5 {2}error SET_UNKNOWN_KEY_SUGGEST/],
  ['duplicate-key', /duplicate-key\.yaml:12:9 {2}error SET_YAML_DUPLICATE_KEY/],
  ['yaml11-directive', /yaml11-directive\.yaml:1:1 {2}error SET_YAML_DIRECTIVE/],
  ['alias', /alias\.yaml:12:18 {2}error SET_YAML_ANCHOR/],
  ['total-mismatch', /total-mismatch\.yaml:4:8 {2}error SET_TOTAL_MISMATCH/],
  ['lower-without-worst', /lower-without-worst\.yaml:14:11 {2}error SET_WORST_REQUIRED/],
  ['rule-problems', /rule-problems\.yaml:29:5 {2}error SET_GROUP_EMPTY/],
  ['yaml-1.1-values', /yaml-1\.1-values\.yaml:14:16 {2}error SET_EXPECTED_BOOLEAN/],
];

describe('smartcity indicators check', () => {
  it.each(VALID)('%s.yaml is valid: exit 0', async (name) => {
    const t = await runCli(['indicators', 'check', `${SETS}/${name}.yaml`]);
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toBe('');
    await expect(transcriptText(t)).toMatchFileSnapshot(`./golden/indicators-check-${name}.txt`);
  });

  it('accepts the worked example of the specification', async () => {
    const t = await runCli([
      'indicators',
      'check',
      fileURLToPath(new URL('../fixtures/data/example-set.yaml', import.meta.url)),
    ]);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('200');
  });

  it.each(['vn-smartcity', 'dti-2022'])('accepts the bundled set %s by id', async (id) => {
    const t = await runCli(['indicators', 'check', id]);
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toBe('');
    expect(t.stdout).toMatch(/0 cảnh báo/);
  });

  it.each(INVALID)('%s.yaml is invalid: exit 2 and the line is named', async (name, line) => {
    const t = await runCli(['indicators', 'check', `${SETS}/invalid/${name}.yaml`]);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toMatch(line);
    await expect(transcriptText(t)).toMatchFileSnapshot(
      `./golden/indicators-check-invalid-${name}.txt`,
    );
  });

  it('speaks English with --lang en', async () => {
    const t = await runCli([
      '--lang',
      'en',
      'indicators',
      'check',
      `${SETS}/invalid/rule-problems.yaml`,
    ]);
    expect(t.exitCode).toBe(2);
    await expect(transcriptText(t)).toMatchFileSnapshot(
      './golden/indicators-check-invalid-rule-problems.en.txt',
    );
  });

  it('a missing file exits 2 with one line', async () => {
    const t = await runCli(['indicators', 'check', `${SETS}/nope.yaml`]);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toMatch(/^smartcity: Không đọc được bộ chỉ số .*nope\.yaml \(ENOENT\)\.\n$/);
    const en = await runCli(['indicators', 'check', `${SETS}/nope.yaml`, '--lang', 'en']);
    expect(en.stderr).toMatch(
      /^smartcity: Cannot read the indicator set .*nope\.yaml \(ENOENT\)\.\n$/,
    );
  });

  it('no file argument exits 2', async () => {
    expect((await runCli(['indicators', 'check'])).exitCode).toBe(2);
  });
});

describe('smartcity indicators', () => {
  const set = ['--set', `${SETS}/every-method.yaml`];

  it('lists a set as a table', async () => {
    const t = await runCli(['indicators', ...set]);
    expect(t.exitCode).toBe(0);
    await expect(transcriptText(t)).toMatchFileSnapshot(
      './golden/indicators-table-every-method.txt',
    );
  });

  it('lists nested groups in English', async () => {
    const t = await runCli(['--lang', 'en', 'indicators', '--set', `${SETS}/nested-codes.yaml`]);
    expect(t.exitCode).toBe(0);
    await expect(transcriptText(t)).toMatchFileSnapshot(
      './golden/indicators-table-nested-codes.en.txt',
    );
  });

  it('prints the resolved set as JSON (spec §1 shape), deterministically', async () => {
    const t = await runCli([
      'indicators',
      '--format',
      'json',
      '--set',
      `${SETS}/shared-points.yaml`,
    ]);
    expect(t.exitCode).toBe(0);
    expect(t.stdout.endsWith('}\n')).toBe(true);
    const again = await runCli([
      'indicators',
      '--format',
      'json',
      '--set',
      `${SETS}/shared-points.yaml`,
    ]);
    expect(again.stdout).toBe(t.stdout);
    const json = JSON.parse(t.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'id',
      'version',
      'title',
      'total',
      'missing',
      'groups',
      'indicators',
    ]);
    await expect(transcriptText(t)).toMatchFileSnapshot(
      './golden/indicators-json-shared-points.txt',
    );
  });

  it('prints every method as JSON in English', async () => {
    const t = await runCli(['--lang', 'en', 'indicators', '--format', 'json', ...set]);
    await expect(transcriptText(t)).toMatchFileSnapshot(
      './golden/indicators-json-every-method.en.txt',
    );
  });

  it('shows one indicator, its code matched ignoring case', async () => {
    const t = await runCli(['indicators', 'm.steps_lower', ...set]);
    expect(t.exitCode).toBe(0);
    await expect(transcriptText(t)).toMatchFileSnapshot(
      './golden/indicators-detail-steps-lower.txt',
    );
  });

  it('shows one indicator as JSON', async () => {
    const t = await runCli(['indicators', 'M.levels', '--format', 'json', ...set]);
    expect(t.exitCode).toBe(0);
    expect(JSON.parse(t.stdout)).toMatchObject({ code: 'M.levels', points: 15, path: ['M'] });
  });

  it('an unknown code exits 2 with a suggestion', async () => {
    const t = await runCli(['indicators', 'M.bol', ...set, '--lang', 'en']);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toBe(
      'smartcity: There is no indicator "M.bol" in every-method 0.3-beta; did you mean M.bool?\n',
    );
    const vi = await runCli(['indicators', 'M.bol', ...set]);
    expect(vi.stderr).toBe(
      'smartcity: Bộ every-method 0.3-beta không có chỉ số "M.bol"; có phải M.bool?\n',
    );
  });

  it('an invalid --set prints its findings and exits 2', async () => {
    const t = await runCli(['indicators', '--set', `${SETS}/invalid/misspelt-key.yaml`]);
    expect(t.exitCode).toBe(2);
    expect(t.stdout).toBe('');
    await expect(transcriptText(t)).toMatchFileSnapshot('./golden/indicators-invalid-set.txt');
  });

  it('the bundled set: ≥ 40 scored indicators, 1000 points, three layers, basis everywhere', async () => {
    const t = await runCli(['indicators', '--format', 'json']);
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as {
      total: number;
      groups: { level: number }[];
      indicators: {
        points: number;
        basis: string | null;
        path: string[];
        scoring: { method: string };
      }[];
    };
    const scored = json.indicators.filter((i) => i.scoring.method !== 'info');
    expect(scored.length).toBeGreaterThanOrEqual(40);
    expect(json.total).toBe(1000);
    expect(json.indicators.reduce((sum, i) => sum + i.points, 0)).toBeCloseTo(1000, 6);
    expect(new Set(json.groups.map((g) => g.level))).toEqual(new Set([1, 2]));
    expect(json.indicators.every((i) => i.path.length === 2)).toBe(true);
    expect(json.indicators.every((i) => typeof i.basis === 'string' && i.basis.length > 0)).toBe(
      true,
    );
  });
});
