import { createHash } from 'node:crypto';
import { linkSync, symlinkSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';
import { fixture, tempFolder } from '../helpers/temp-folder.js';

const tmp = tempFolder('smartcity-score-', {
  copy: { 'example-set.yaml': 'data/example-set.yaml', 'quang-ninh.csv': 'data/quang-ninh.csv' },
});

interface ReportDoc {
  tool: { version: string };
  entities: {
    groups: { name: string }[];
    indicators: { valueLabel: string | null; targetLabel: string | null }[];
  }[];
}

/** The example set's yes/no and level labels, in English. */
const EN_LABELS: Record<string, string> = {
  Có: 'Yes',
  'Một phần': 'Partial',
  'Toàn bộ': 'Complete',
};

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const expected = () => {
  const json = JSON.parse(
    readFileSync(fixture('data', 'quang-ninh.expected.json'), 'utf8'),
  ) as ReportDoc;
  return json;
};
const withoutVersion = (json: ReportDoc) => ({
  ...json,
  tool: { ...json.tool, version: '' },
});

describe('smartcity score', () => {
  it('prints the worked example as JSON (tool.version aside) and writes nothing with --no-export', async () => {
    const t = await runCli(
      ['score', 'quang-ninh.csv', '--set', 'example-set.yaml', '--format', 'json', '--no-export'],
      {
        cwd: tmp.dir,
      },
    );
    expect(t.stderr).toBe('');
    expect(t.exitCode).toBe(0);
    expect(withoutVersion(JSON.parse(t.stdout) as ReportDoc)).toEqual(withoutVersion(expected()));
    expect(readdirSync(tmp.dir).sort()).toEqual(['example-set.yaml', 'quang-ninh.csv']);
  });

  it('gives byte-identical JSON under other TZ/LANG settings and clocks', async () => {
    const args = [
      'score',
      'quang-ninh.csv',
      '--set',
      'example-set.yaml',
      '--format',
      'json',
      '--no-export',
    ];
    const a = await runCli(args, {
      cwd: tmp.dir,
      env: { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8' },
    });
    const b = await runCli(args, { cwd: tmp.dir, env: { TZ: 'UTC', LANG: 'C' } });
    expect(a.stdout).toBe(b.stdout);
  });

  it('prints the table summary and writes the default .report.xlsx beside the input', async () => {
    const t = await runCli(['score', 'quang-ninh.csv', '--set', 'example-set.yaml'], {
      cwd: tmp.dir,
    });
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('Quảng Ninh (22) · worked-example 1.0');
    expect(t.stdout).toContain('Tổng: 135 / 200 · 67,5%');
    expect(t.stderr).toContain('Báo cáo: quang-ninh.report.xlsx');
    expect(readdirSync(tmp.dir).sort()).toEqual([
      'example-set.yaml',
      'quang-ninh.csv',
      'quang-ninh.report.xlsx',
    ]);
  });

  it('exports JSON and CSV by extension', async () => {
    let t = await runCli(
      ['score', 'quang-ninh.csv', '--set', 'example-set.yaml', '-o', 'out.json', '--lang', 'en'],
      { cwd: tmp.dir },
    );
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toContain('Report: out.json');
    const json = JSON.parse(readFileSync(tmp.at('out.json'), 'utf8')) as ReportDoc;
    expect(withoutVersion(json).entities).toEqual(
      withoutVersion(expected()).entities.map((e) => ({
        ...e,
        groups: e.groups.map((g) => ({
          ...g,
          name: g.name === 'Hạ tầng' ? 'Infrastructure' : 'Services',
        })),
        indicators: e.indicators.map((i) => ({
          ...i,
          valueLabel: i.valueLabel === null ? null : EN_LABELS[i.valueLabel],
          targetLabel: i.targetLabel === null ? null : EN_LABELS[i.targetLabel],
        })),
      })),
    );
    t = await runCli(['score', 'quang-ninh.csv', '--set', 'example-set.yaml', '-o', 'out.csv'], {
      cwd: tmp.dir,
    });
    expect(t.exitCode).toBe(0);
    const csv = readFileSync(tmp.at('out.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFentity,province_code,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(8);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses -o pointing at the input (exit 2) and leaves it untouched', async () => {
    const input = tmp.at('quang-ninh.csv');
    const before = sha(input);
    for (const out of [
      'quang-ninh.csv',
      './quang-ninh.csv',
      tmp.at('sub', '..', 'quang-ninh.csv'),
    ]) {
      const t = await runCli(['score', 'quang-ninh.csv', '--set', 'example-set.yaml', '-o', out], {
        cwd: tmp.dir,
      });
      expect(t.exitCode).toBe(2);
    }
    // A .csv report over a differently named hard link would also be the input.
    expect(sha(input)).toBe(before);
    expect(readdirSync(tmp.dir).sort()).toEqual(['example-set.yaml', 'quang-ninh.csv']);
  });

  it('refuses -o reaching the input through a symlink or a hard link', async () => {
    const input = tmp.at('quang-ninh.csv');
    const before = sha(input);
    symlinkSync(input, tmp.at('soft.csv'));
    linkSync(input, tmp.at('hard.csv'));
    for (const out of ['soft.csv', 'hard.csv']) {
      const t = await runCli(['score', 'quang-ninh.csv', '--set', 'example-set.yaml', '-o', out], {
        cwd: tmp.dir,
      });
      expect(t.exitCode).toBe(2);
      expect(t.stderr).toMatch(/đầu vào/);
    }
    expect(sha(input)).toBe(before);
  });

  it.each([
    [['-o', 'report.txt']],
    [['-o', 'missing-dir/report.json']],
    [['--top', '0']],
    [['--top', 'abc']],
    [['--format', 'xml']],
  ])('exits 2 for %j and writes nothing', async (extra) => {
    const t = await runCli(['score', 'quang-ninh.csv', '--set', 'example-set.yaml', ...extra], {
      cwd: tmp.dir,
    });
    expect(t.exitCode).toBe(2);
    expect(t.stdout).toBe('');
    expect(readdirSync(tmp.dir).sort()).toEqual(['example-set.yaml', 'quang-ninh.csv']);
  });

  it('exits 1 on invalid data and writes no report', async () => {
    writeFileSync(tmp.at('quang-ninh.csv'), 'Mã chỉ số,Giá trị\nHT.01,sáu mươi\nHT.02,Có\n');
    const t = await runCli(
      ['score', 'quang-ninh.csv', '--set', 'example-set.yaml', '-o', 'out.json'],
      { cwd: tmp.dir },
    );
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toBe('');
    expect(t.stderr).toMatch(/error/);
    expect(readdirSync(tmp.dir).sort()).toEqual(['example-set.yaml', 'quang-ninh.csv']);
  });

  it('ranks several inputs and writes ./smartcity-report.xlsx by default', async () => {
    writeFileSync(
      tmp.at('hai-phong.csv'),
      'Mã chỉ số,Giá trị\nHT.01,80\nHT.02,Có\nDV.01,15\nDV.02,12\nDV.03,3\n',
    );
    const t = await runCli(
      [
        'score',
        'quang-ninh.csv',
        'hai-phong.csv',
        '--set',
        'example-set.yaml',
        '--format',
        'json',
        '-o',
        'all.json',
      ],
      {
        cwd: tmp.dir,
      },
    );
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as {
      entities: { label: string; rank: number; index: number }[];
    };
    expect(json.entities.map((e) => [e.label, e.rank, e.index])).toEqual([
      ['Quảng Ninh', 2, 0.675],
      ['Hải Phòng', 1, 1],
    ]);
  });

  it.each([
    ['score-table-vi', ['score', 'quang-ninh.csv', '--set', 'example-set.yaml', '--no-export']],
    [
      'score-table-en-top2',
      [
        'score',
        'quang-ninh.csv',
        '--set',
        'example-set.yaml',
        '--no-export',
        '--lang',
        'en',
        '--top',
        '2',
      ],
    ],
  ])('golden transcript %s', async (name, args) => {
    const t = await runCli(args, { cwd: tmp.dir });
    await expect(transcriptText(t)).toMatchFileSnapshot(`golden/${name}.txt`);
  });
});
