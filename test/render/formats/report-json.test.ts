import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveSet } from '../../../src/core/set/resolve-set.js';
import { buildReport } from '../../../src/core/score/build-report.js';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { reportJson } from '../../../src/render/formats/report-json.js';
import { roundNumber } from '../../../src/render/formats/round-number.js';
import {
  entity,
  exampleData,
  exampleSet,
  group,
  indicator,
  makeSet,
} from '../../helpers/example-set.js';

const EXAMPLES = fileURLToPath(new URL('../../fixtures/data', import.meta.url));

function exampleReport() {
  const set = exampleSet();
  const data = exampleData();
  return buildReport(set, [{ layout: 'long', entities: [data], findings: [] }], [], {
    missing: set.missing,
  });
}

describe('reportJson', () => {
  it('reproduces the worked example (tool.version aside)', () => {
    const expected = JSON.parse(readFileSync(`${EXAMPLES}/quang-ninh.expected.json`, 'utf8')) as {
      tool: { version: string };
    };
    const actual = JSON.parse(
      reportJson(exampleReport(), { lang: 'vi', toolVersion: '9.9.9' }),
    ) as {
      tool: { version: string };
    };
    expect(actual.tool.version).toBe('9.9.9');
    actual.tool.version = expected.tool.version;
    expect(actual).toEqual(expected);
  });

  it('gives the same JSON from the real resolved YAML set as from the hand-built one', () => {
    const { set, issues } = resolveSet(parse(readFileSync(`${EXAMPLES}/example-set.yaml`, 'utf8')));
    expect(issues).toEqual([]);
    const fromYaml = buildReport(
      set!,
      [{ layout: 'long', entities: [exampleData()], findings: [] }],
      [],
      {
        missing: set!.missing,
      },
    );
    const opts = { lang: 'vi' as const, toolVersion: 'x' };
    expect(reportJson(fromYaml, opts)).toBe(reportJson(exampleReport(), opts));
  });

  it('keeps the key order of spec §4.2 exactly', () => {
    const expectedText = readFileSync(`${EXAMPLES}/quang-ninh.expected.json`, 'utf8');
    const text = reportJson(exampleReport(), { lang: 'vi', toolVersion: '…' });
    expect(text).toBe(expectedText.endsWith('\n') ? expectedText : `${expectedText}\n`);
  });

  it('is byte-identical across renders (no clock, no locale)', () => {
    const a = reportJson(exampleReport(), { lang: 'en', toolVersion: '1.0.0' });
    const b = reportJson(exampleReport(), { lang: 'en', toolVersion: '1.0.0' });
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('renders titles, names and ratings in --lang', () => {
    const set = { ...exampleSet(), ratings: [{ min: 0.5, label: { vi: 'Khá', en: 'Fair' } }] };
    const report = buildReport(
      set,
      [{ layout: 'long', entities: [exampleData()], findings: [] }],
      [],
      {
        missing: 'zero',
      },
    );
    const en = JSON.parse(reportJson(report, { lang: 'en', toolVersion: 'x' })) as {
      indicatorSet: { title: string };
      entities: { rating: string; groups: { name: string }[] }[];
    };
    expect(en.indicatorSet.title).toBe('Worked example');
    expect(en.entities[0]!.rating).toBe('Fair');
    expect(en.entities[0]!.groups[0]!.name).toBe('Infrastructure');
  });

  it('renders findings in the §3.6 shape', () => {
    const finding = makeFinding(
      'DATA_NOT_A_NUMBER',
      { value: 'abc' },
      { file: 'x.csv', line: 3, column: 2 },
      {
        indicator: 'HT.01',
        value: 'abc',
        severity: 'warning',
      },
    );
    const set = exampleSet();
    const report = buildReport(
      set,
      [{ layout: 'long', entities: [exampleData()], findings: [finding] }],
      [finding],
      {
        missing: 'zero',
      },
    );
    const json = JSON.parse(reportJson(report, { lang: 'en', toolVersion: 'x' })) as {
      findings: unknown[];
    };
    expect(json.findings).toEqual([
      {
        code: 'DATA_NOT_A_NUMBER',
        severity: 'warning',
        message: 'The value "abc" is not a number.',
        file: 'x.csv',
        sheet: null,
        cell: null,
        row: null,
        column: 2,
        line: 3,
        indicator: 'HT.01',
        province: null,
        value: 'abc',
      },
    ]);
  });

  it('shows missing indicators per policy and never prints -0 or tiny exponents', () => {
    const set = makeSet(
      [group('G', 30, { indicators: ['A', 'B', 'C'] })],
      [
        indicator('A', ['G'], { method: 'target', target: 3, worst: 0 }),
        indicator('B', ['G'], { method: 'target', target: 10, worst: 0 }),
        indicator('C', ['G'], { method: 'boolean' }),
      ],
    );
    const data = entity('E', { A: 1, B: 9.9999999, C: null });
    for (const missing of ['zero', 'exclude'] as const) {
      const report = buildReport(set, [{ layout: 'wide', entities: [data], findings: [] }], [], {
        missing,
      });
      const text = reportJson(report, { lang: 'vi', toolVersion: 'x' });
      expect(text).not.toMatch(/-0[,\n]|e-\d/);
      const json = JSON.parse(text) as { entities: { indicators: Record<string, unknown>[] }[] };
      const c = json.entities[0]!.indicators[2]!;
      expect(c).toMatchObject({
        value: null,
        status: 'missing',
        maxPoints: 10,
        gap: null,
        band: 'missing',
      });
      if (missing === 'zero')
        expect(c).toMatchObject({ achievement: 0, points: 0, pointsLost: 10 });
      else expect(c).toMatchObject({ achievement: null, points: null, pointsLost: null });
      expect(json.entities[0]!.indicators[0]!.achievement).toBe(0.333333);
    }
  });
});

describe('roundNumber', () => {
  it.each([
    [0.5833333333, 0.583333],
    [1e-7, 0],
    [-1e-7, 0],
    [-0, 0],
    [1.0000005, 1.000001],
    [2.675, 2.675],
    [135, 135],
    [-2.5, -2.5],
    [0.1 + 0.2, 0.3],
  ])('%d → %d', (x, expected) => {
    const r = roundNumber(x);
    expect(Object.is(r, expected)).toBe(true);
  });
});
