import { describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';
import { HUE_PRE_2025 } from '../helpers/hue-pre-2025.js';

interface JsonUnit {
  code: string;
  name: string;
  type: string;
  era: string;
  validFrom: string | null;
  validTo: string | null;
  successor: string | null;
  aliases: string[];
}

describe('smartcity provinces', () => {
  it.each([
    ['default', ['provinces']],
    ['pre-2025', ['provinces', '--era', 'pre-2025']],
    ['all-en', ['provinces', '--era', 'all', '--lang', 'en']],
    ['2025-json', ['provinces', '--format', 'json']],
    ['bad-era', ['provinces', '--era', '2024']],
    ['bad-format', ['provinces', '--format', 'csv']],
  ])('golden transcript: %s', async (name, args) => {
    const t = await runCli(args);
    await expect(transcriptText(t)).toMatchFileSnapshot(`./golden/provinces-${name}.txt`);
  });

  it('lists the 34 current units as JSON with codes as text', async () => {
    const t = await runCli(['provinces', '--format', 'json']);
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toBe('');
    expect(t.stdout.endsWith(']\n')).toBe(true);
    const units = JSON.parse(t.stdout) as JsonUnit[];
    expect(units).toHaveLength(34);
    for (const unit of units) {
      expect(Object.keys(unit)).toEqual([
        'code',
        'name',
        'type',
        'era',
        'validFrom',
        'validTo',
        'successor',
        'aliases',
      ]);
      expect(unit.code).toMatch(/^\d{2}$/);
      expect(unit).toMatchObject({
        era: '2025',
        validFrom: '2025-07-01',
        validTo: null,
        successor: null,
      });
    }
    expect(units.find((u) => u.code === '79')?.aliases).toContain('TP HCM');
  });

  it('lists the 63 pre-2025 units with their successors', async () => {
    const t = await runCli(['provinces', '--era', 'pre-2025', '--format', 'json']);
    const units = JSON.parse(t.stdout) as JsonUnit[];
    expect(units).toHaveLength(63);
    expect(units.find((u) => u.code === '70')).toEqual({
      code: '70',
      name: 'Bình Phước',
      type: 'province',
      era: 'pre-2025',
      validFrom: null,
      validTo: '2025-06-30',
      successor: '75',
      aliases: [],
    });
    expect(units.find((u) => u.code === '22')?.successor).toBe('22');
  });

  it('lists code 46 before 2025 as the city of Huế from 2025-01-01, alias Thừa Thiên Huế', async () => {
    const t = await runCli(['provinces', '--era', 'pre-2025', '--format', 'json']);
    const units = JSON.parse(t.stdout) as JsonUnit[];
    expect(units.filter((u) => u.code === '46')).toEqual([HUE_PRE_2025]);
    expect(units.filter((u) => u.type === 'city').map((u) => u.code)).toEqual([
      '01',
      '31',
      '46',
      '48',
      '79',
      '92',
    ]);
  });

  it('lists all 97 units with --era all, the 34 current first', async () => {
    const t = await runCli(['provinces', '--era', 'all', '--format', 'json']);
    const units = JSON.parse(t.stdout) as JsonUnit[];
    expect(units).toHaveLength(97);
    expect(units.slice(0, 34).every((u) => u.era === '2025')).toBe(true);
  });

  it('prints the JSON with 2-space indentation', async () => {
    const t = await runCli(['provinces', '--format', 'json']);
    expect(t.stdout.startsWith('[\n  {\n    "code": "01",\n')).toBe(true);
  });

  it('shows successor names in the pre-2025 table', async () => {
    const t = await runCli(['provinces', '--era', 'pre-2025']);
    expect(t.stdout).toMatch(/│ 70 │ Bình Phước\s+│ tỉnh\s+│ 75 Đồng Nai\s+│/);
  });

  it('takes --lang before the command as well', async () => {
    const t = await runCli(['--lang', 'en', 'provinces']);
    expect(t.stdout).toContain('│ Code │ Name');
    expect(t.stdout).toContain('province');
  });

  it('uses no colour codes unless on a terminal', async () => {
    const plain = await runCli(['provinces']);
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await runCli(['provinces'], { tty: true });
    expect(tty.stdout).toContain('\u001b[1m');
    const noColor = await runCli(['provinces'], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it.each([
    [['provinces', '--era']],
    [['provinces', '--era', 'pre2025']],
    [['provinces', 'extra']],
  ])('%j exits 2', async (args) => {
    const t = await runCli(args);
    expect(t.exitCode).toBe(2);
    expect(t.stdout).toBe('');
  });
});
