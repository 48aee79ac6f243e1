import { describe, expect, it } from 'vitest';
import { resolveSet } from '../../../src/core/set/resolve-set.js';
import { DEFAULT_BANDS } from '../../../src/core/set/resolved-set.js';

type Json = Record<string, unknown>;

const target = (extra: Json = {}): Json => ({ method: 'target', target: 80, ...extra });
const ind = (code: string, extra: Json = {}): Json => ({
  code,
  name: `Chỉ số ${code}`,
  type: 'percent',
  scoring: target(),
  ...extra,
});
const set = (groups: Json[], extra: Json = {}): Json => ({
  id: 'test-set',
  version: '1.0',
  title: { vi: 'Bộ thử', en: 'Test set' },
  groups,
  ...extra,
});
const oneGroup = (indicators: Json[], groupExtra: Json = { points: 100 }, extra: Json = {}): Json =>
  set([{ code: 'G', name: 'Nhóm', ...groupExtra, indicators }], extra);

const codes = (input: unknown): string[] => resolveSet(input).issues.map((issue) => issue.code);

describe('resolveSet: a valid set is normalised', () => {
  it('keeps an explicit roll-up rule (spec §8.2)', () => {
    const { set: resolved, issues } = resolveSet(oneGroup([ind('P', { rollup: 'max' })]));
    expect(issues).toEqual([]);
    expect(resolved!.indicators[0]!.rollup).toBe('max');
  });

  it('applies the defaults of spec §2', () => {
    const { set: resolved, issues } = resolveSet(
      oneGroup([
        ind('P'),
        ind('C', { type: 'count', scoring: { method: 'steps', steps: [{ min: 3, score: 1 }] } }),
        ind('N', { type: 'number', scoring: { method: 'info' } }),
      ]),
    );
    expect(issues).toEqual([]);
    expect(resolved).not.toBeNull();
    const [p, c, n] = resolved!.indicators;
    expect(resolved!.missing).toBe('zero');
    expect(resolved!.bands).toEqual(DEFAULT_BANDS);
    expect(resolved!.title).toEqual({ vi: 'Bộ thử', en: 'Test set' });
    expect(p).toMatchObject({
      direction: 'higher',
      range: [0, 100],
      unit: null,
      ratio: false,
      evidence: 'optional',
      aliases: [],
      basis: null,
      scoring: { method: 'target', target: 80, worst: 0 },
      name: { vi: 'Chỉ số P', en: 'Chỉ số P' },
      path: ['G'],
    });
    expect(p!.rollup).toBe('mean');
    expect(c!.rollup).toBe('sum');
    expect(c!.range).toEqual([0, null]);
    expect(n!.range).toEqual([null, null]);
    expect(n!.points).toBe(0);
  });

  it('gives levels default scores i/(n-1) and keeps explicit ones', () => {
    const { set: resolved } = resolveSet(
      oneGroup([
        ind('L', {
          type: 'level',
          scoring: {
            method: 'levels',
            levels: [
              { label: 'a' },
              { label: { vi: 'b', en: 'B' } },
              { label: 'c', score: 0.9 },
              { label: 'd' },
            ],
          },
        }),
      ]),
    );
    const scoring = resolved!.indicators[0]!.scoring;
    expect(scoring).toEqual({
      method: 'levels',
      levels: [
        { label: { vi: 'a', en: 'a' }, score: 0 },
        { label: { vi: 'b', en: 'B' }, score: 1 / 3 },
        { label: { vi: 'c', en: 'c' }, score: 0.9 },
        { label: { vi: 'd', en: 'd' }, score: 1 },
      ],
    });
  });

  it('flattens nested groups pre-order with level, parent and children', () => {
    const { set: resolved, issues } = resolveSet(
      set([
        {
          code: '1',
          name: 'Một',
          groups: [
            {
              code: '1.1',
              name: 'a',
              indicators: [ind('1.1.9', { points: 5 }), ind('1.1.10', { points: 7 })],
            },
            {
              code: '1.2',
              name: 'b',
              groups: [{ code: '1.2.x', name: 'c', indicators: [ind('1.2.x.1', { points: 3 })] }],
            },
          ],
        },
        { code: '2', name: 'Hai', points: 10, indicators: [ind('2.1')] },
      ]),
    );
    expect(issues).toEqual([]);
    expect(resolved!.groups.map((g) => [g.code, g.level, g.parent, g.points])).toEqual([
      ['1', 1, null, 15],
      ['1.1', 2, '1', 12],
      ['1.2', 2, '1', 3],
      ['1.2.x', 3, '1.2', 3],
      ['2', 1, null, 10],
    ]);
    expect(resolved!.groups[0]!.groups).toEqual(['1.1', '1.2']);
    expect(resolved!.groups[1]!.indicators).toEqual(['1.1.9', '1.1.10']);
    expect(resolved!.indicators.map((i) => [i.code, i.path, i.points])).toEqual([
      ['1.1.9', ['1', '1.1'], 5],
      ['1.1.10', ['1', '1.1'], 7],
      ['1.2.x.1', ['1', '1.2', '1.2.x'], 3],
      ['2.1', ['2'], 10],
    ]);
  });

  it('sorts bands and ratings highest first', () => {
    const { set: resolved } = resolveSet(
      oneGroup(
        [ind('A')],
        { points: 1 },
        {
          bands: [
            { id: 'low', min: 0 },
            { id: 'top', min: 0.9 },
          ],
          ratings: [
            { min: 0, label: 'x' },
            { min: 0.5, label: { vi: 'y' } },
          ],
        },
      ),
    );
    expect(resolved!.bands.map((b) => b.id)).toEqual(['top', 'low']);
    expect(resolved!.ratings.map((r) => r.min)).toEqual([0.5, 0]);
  });
});

describe('resolveSet: points distribution (spec §2.2)', () => {
  it.each([
    ['explicit only', { points: 30 }, [{ points: 10 }, { points: 20 }], [10, 20]],
    ['shared equally', { points: 90 }, [{}, {}, {}], [30, 30, 30]],
    ['explicit plus shared', { points: 100 }, [{ points: 10 }, {}, {}], [10, 45, 45]],
    ['thirds at full precision', { points: 100 }, [{}, {}, {}], [100 / 3, 100 / 3, 100 / 3]],
    ['group without points sums', {}, [{ points: 4 }, { points: 6 }], [4, 6]],
    [
      'info takes no share',
      { points: 60 },
      [{}, { type: 'number', scoring: { method: 'info' } }, {}],
      [30, 0, 30],
    ],
  ])('%s', (_name, group, extras, expected) => {
    const indicators = (extras as Json[]).map((extra, i) => ind(`I${i}`, extra));
    const { set: resolved, issues } = resolveSet(oneGroup(indicators, group as Json));
    expect(issues).toEqual([]);
    resolved!.indicators.forEach((indicator, i) =>
      expect(indicator.points).toBeCloseTo(expected[i]!, 12),
    );
  });

  it('matches the worked example: HT.01 60, HT.02 20, DV.01–03 40, DV.04 info', () => {
    const { set: resolved } = resolveSet(
      set(
        [
          {
            code: 'HT',
            name: 'HT',
            points: 80,
            indicators: [
              ind('HT.01'),
              ind('HT.02', { type: 'boolean', points: 20, scoring: { method: 'boolean' } }),
            ],
          },
          {
            code: 'DV',
            name: 'DV',
            points: 120,
            indicators: [
              ind('DV.01', { direction: 'lower', scoring: target({ target: 15, worst: 35 }) }),
              ind('DV.02', {
                type: 'count',
                scoring: {
                  method: 'steps',
                  steps: [
                    { min: 12, score: 1 },
                    { min: 6, score: 0.5 },
                  ],
                },
              }),
              ind('DV.03', {
                type: 'level',
                scoring: {
                  method: 'levels',
                  levels: [{ label: 'a' }, { label: 'b' }, { label: 'c' }],
                },
              }),
              ind('DV.04', { type: 'number', scoring: { method: 'info' } }),
            ],
          },
        ],
        { total: 200 },
      ),
    );
    expect(Object.fromEntries(resolved!.indicators.map((i) => [i.code, i.points]))).toEqual({
      'HT.01': 60,
      'HT.02': 20,
      'DV.01': 40,
      'DV.02': 40,
      'DV.03': 40,
      'DV.04': 0,
    });
  });

  it('accepts a total equal to the sum within 1e-9', () => {
    expect(
      codes(oneGroup([ind('A'), ind('B'), ind('C')], { points: 100 }, { total: 100 })),
    ).toEqual([]);
  });

  it.each([
    [
      'explicit points exceed the group',
      oneGroup([ind('A', { points: 60 }), ind('B', { points: 50 })]),
      'SET_POINTS_EXCEED',
      ['groups', 0, 'points'],
    ],
    [
      'explicit points leave points unused',
      oneGroup([ind('A', { points: 60 })]),
      'SET_POINTS_UNUSED',
      ['groups', 0, 'points'],
    ],
    [
      'no group points and no indicator points',
      oneGroup([ind('A'), ind('B', { points: 5 })], {}),
      'SET_POINTS_MISSING',
      ['groups', 0, 'indicators', 0, 'points'],
    ],
    [
      'nothing left to share',
      oneGroup([ind('A', { points: 100 }), ind('B')]),
      'SET_POINTS_NONE_LEFT',
      ['groups', 0, 'indicators', 1],
    ],
    [
      'total mismatch',
      oneGroup([ind('A')], { points: 100 }, { total: 90 }),
      'SET_TOTAL_MISMATCH',
      ['total'],
    ],
    [
      'sub-groups do not add up to the parent',
      set([
        {
          code: 'P',
          name: 'p',
          points: 50,
          groups: [{ code: 'C', name: 'c', points: 40, indicators: [ind('A')] }],
        },
      ]),
      'SET_POINTS_UNUSED',
      ['groups', 0, 'points'],
    ],
    [
      'sub-groups exceed the parent',
      set([
        {
          code: 'P',
          name: 'p',
          points: 30,
          groups: [{ code: 'C', name: 'c', points: 40, indicators: [ind('A')] }],
        },
      ]),
      'SET_POINTS_EXCEED',
      ['groups', 0, 'points'],
    ],
  ])('%s', (_name, input, code, path) => {
    const { set: resolved, issues } = resolveSet(input);
    expect(resolved).toBeNull();
    expect(issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
  });
});

describe('resolveSet: rules (spec §2.1)', () => {
  const steps = (list: Json[], extra: Json = {}): Json =>
    oneGroup([ind('S', { type: 'count', scoring: { method: 'steps', steps: list }, ...extra })]);
  const levels = (list: Json[]): Json =>
    oneGroup([ind('L', { type: 'level', scoring: { method: 'levels', levels: list } })]);

  it.each<[string, unknown, string[]]>([
    [
      'duplicate indicator codes ignoring case',
      oneGroup([ind('A.1'), ind('a.1')]),
      ['SET_DUPLICATE_CODE'],
    ],
    ['a group code reused by an indicator', oneGroup([ind('G')]), ['SET_DUPLICATE_CODE']],
    [
      'a group with both groups and indicators',
      set([
        {
          code: 'G',
          name: 'g',
          points: 10,
          indicators: [ind('A')],
          groups: [{ code: 'H', name: 'h', indicators: [ind('B', { points: 1 })] }],
        },
      ]),
      ['SET_GROUP_BOTH'],
    ],
    [
      'a group with neither',
      set([
        { code: 'G', name: 'g' },
        { code: 'H', name: 'h', points: 1, indicators: [ind('A')] },
      ]),
      ['SET_GROUP_EMPTY'],
    ],
    [
      'target equals worst',
      oneGroup([ind('A', { scoring: target({ worst: 80 }) })]),
      ['SET_TARGET_EQUALS_WORST'],
    ],
    [
      'target and worst so far apart their distance overflows (issue 17 item 12)',
      oneGroup([ind('A', { scoring: target({ target: -1.7e308, worst: 1.7e308 }) })]),
      ['SET_TARGET_OUTSIDE_RANGE', 'SET_SPAN_NOT_FINITE'],
    ],
    [
      'target 0 with default worst 0',
      oneGroup([ind('A', { scoring: target({ target: 0 }) })]),
      ['SET_TARGET_EQUALS_WORST'],
    ],
    ['lower without worst', oneGroup([ind('A', { direction: 'lower' })]), ['SET_WORST_REQUIRED']],
    [
      'higher with worst above target',
      oneGroup([ind('A', { scoring: target({ worst: 90 }) })]),
      ['SET_WORST_WRONG_SIDE'],
    ],
    [
      'lower with worst below target',
      oneGroup([ind('A', { direction: 'lower', scoring: target({ worst: 10 }) })]),
      ['SET_WORST_WRONG_SIDE'],
    ],
    [
      'steps with a repeated threshold',
      steps([
        { min: 5, score: 1 },
        { min: 5, score: 0.5 },
      ]),
      ['SET_STEPS_REPEATED_THRESHOLD'],
    ],
    [
      'a step score above 1',
      steps([
        { min: 5, score: 0.5 },
        { min: 8, score: 1 },
        { min: 10, score: 1.5 },
      ]),
      ['SET_SCORE_OUT_OF_RANGE'],
    ],
    [
      'a step score below 0',
      steps([
        { min: 1, score: -0.1 },
        { min: 5, score: 1 },
      ]),
      ['SET_SCORE_OUT_OF_RANGE'],
    ],
    [
      'scores getting worse as the threshold gets better',
      steps([
        { min: 5, score: 1 },
        { min: 10, score: 0.5 },
      ]),
      ['SET_STEPS_NOT_MONOTONE'],
    ],
    ['no step scoring 1', steps([{ min: 5, score: 0.5 }]), ['SET_STEPS_NO_FULL_SCORE']],
    ['max steps for direction higher', steps([{ max: 5, score: 1 }]), ['SET_STEPS_WRONG_BOUND']],
    [
      'min steps for direction lower',
      steps([{ min: 5, score: 1 }], { direction: 'lower' }),
      ['SET_STEPS_WRONG_BOUND'],
    ],
    ['a step with both min and max', steps([{ min: 5, max: 6, score: 1 }]), ['SET_STEP_BOUND']],
    ['a step with neither min nor max', steps([{ score: 1 }]), ['SET_STEP_BOUND']],
    ['levels with one entry', levels([{ label: 'a' }]), ['SET_LEVELS_TOO_FEW']],
    [
      'a level score outside [0,1]',
      levels([{ label: 'a' }, { label: 'b', score: 2 }]),
      ['SET_SCORE_OUT_OF_RANGE'],
    ],
    [
      'duplicate level labels',
      levels([{ label: 'Có' }, { label: 'có' }]),
      ['SET_LEVELS_DUPLICATE_LABEL'],
    ],
    [
      'an info indicator with points',
      oneGroup([ind('A'), ind('B', { points: 5, scoring: { method: 'info' } })], { points: 10 }),
      ['SET_INFO_WITH_POINTS'],
    ],
    [
      'a boolean method on a percent',
      oneGroup([ind('A', { scoring: { method: 'boolean' } })]),
      ['SET_METHOD_TYPE_MISMATCH'],
    ],
    [
      'a levels method on a number',
      oneGroup([
        ind('A', {
          type: 'number',
          scoring: { method: 'levels', levels: [{ label: 'a' }, { label: 'b' }] },
        }),
      ]),
      ['SET_METHOD_TYPE_MISMATCH'],
    ],
    [
      'a target method on a boolean',
      oneGroup([ind('A', { type: 'boolean' })]),
      ['SET_METHOD_TYPE_MISMATCH'],
    ],
    [
      'steps on a level type',
      oneGroup([
        ind('A', { type: 'level', scoring: { method: 'steps', steps: [{ min: 1, score: 1 }] } }),
      ]),
      ['SET_METHOD_TYPE_MISMATCH'],
    ],
    [
      'a logical roll-up rule on a percent',
      oneGroup([ind('A', { rollup: 'any' })]),
      ['SET_ROLLUP_TYPE_MISMATCH'],
    ],
    [
      'an arithmetic roll-up rule on a boolean',
      oneGroup([ind('A', { type: 'boolean', scoring: { method: 'boolean' }, rollup: 'mean' })]),
      ['SET_ROLLUP_TYPE_MISMATCH'],
    ],
    [
      'an inverted range',
      oneGroup([ind('A', { type: 'number', range: [10, 1] })]),
      ['SET_RANGE_INVERTED'],
    ],
    [
      'bands without min 0',
      oneGroup([ind('A')], { points: 1 }, { bands: [{ id: 'a', min: 0.5 }] }),
      ['SET_BANDS_NO_ZERO'],
    ],
    [
      'duplicate band ids',
      oneGroup(
        [ind('A')],
        { points: 1 },
        {
          bands: [
            { id: 'a', min: 0.5 },
            { id: 'a', min: 0 },
          ],
        },
      ),
      ['SET_BANDS_DUPLICATE_ID'],
    ],
    [
      'only info indicators',
      oneGroup([ind('A', { type: 'number', scoring: { method: 'info' } })], {}),
      ['SET_NO_SCORED_INDICATORS'],
    ],
  ])('%s', (_name, input, expected) => {
    const { set: resolved, issues } = resolveSet(input);
    expect(resolved).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(expected);
  });

  it('accepts steps in any order for both directions', () => {
    expect(
      codes(
        steps([
          { min: 5, score: 0.5 },
          { min: 10, score: 1 },
          { min: 1, score: 0 },
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        steps(
          [
            { max: 20, score: 0.2 },
            { max: 5, score: 1 },
            { max: 10, score: 0.6 },
          ],
          { direction: 'lower' },
        ),
      ),
    ).toEqual([]);
  });

  it('keeps a set with only warnings usable', () => {
    const { set: resolved, issues } = resolveSet(
      oneGroup([ind('A', { scoring: target({ target: 120 }) })]),
    );
    expect(issues.map((i) => i.code)).toEqual(['SET_TARGET_OUTSIDE_RANGE']);
    expect(resolved).not.toBeNull();
  });

  it('attributes indicator issues to the indicator', () => {
    const { issues } = resolveSet(oneGroup([ind('X.1', { direction: 'lower' })]));
    expect(issues[0]).toMatchObject({
      indicator: 'X.1',
      path: ['groups', 0, 'indicators', 0, 'scoring', 'worst'],
    });
  });
});

describe('resolveSet: schema issues become coded issues', () => {
  it.each<[string, unknown, string, readonly (string | number)[]]>([
    [
      'a misspelt key',
      oneGroup([ind('A', { pionts: 3 })]),
      'SET_UNKNOWN_KEY_SUGGEST',
      ['groups', 0, 'indicators', 0, 'pionts'],
    ],
    ['an unknown key', set([], { colour: 'red' }), 'SET_UNKNOWN_KEY', ['colour']],
    [
      'a missing key',
      set([{ name: 'x', indicators: [ind('A')] }]),
      'SET_MISSING_KEY',
      ['groups', 0, 'code'],
    ],
    [
      'a number for text',
      { ...oneGroup([ind('A')]), version: 1 },
      'SET_EXPECTED_TEXT',
      ['version'],
    ],
    [
      'text for a number',
      oneGroup([ind('A', { points: '0,5' })]),
      'SET_EXPECTED_NUMBER',
      ['groups', 0, 'indicators', 0, 'points'],
    ],
    [
      'text for a boolean',
      oneGroup([ind('A', { ratio: 'no' })]),
      'SET_EXPECTED_BOOLEAN',
      ['groups', 0, 'indicators', 0, 'ratio'],
    ],
    [
      'an unknown method',
      oneGroup([ind('A', { scoring: { method: 'targte' } })]),
      'SET_UNKNOWN_METHOD',
      ['groups', 0, 'indicators', 0, 'scoring', 'method'],
    ],
    [
      'an unknown type',
      oneGroup([ind('A', { type: 'percentage' })]),
      'SET_INVALID_OPTION',
      ['groups', 0, 'indicators', 0, 'type'],
    ],
    ['a bad code', oneGroup([ind('A 1')]), 'SET_BAD_CODE', ['groups', 0, 'indicators', 0, 'code']],
    ['a bad id', { ...oneGroup([ind('A')]), id: 'Bad Id' }, 'SET_BAD_ID', ['id']],
    [
      'a negative points',
      oneGroup([ind('A', { points: -1 })]),
      'SET_NOT_POSITIVE',
      ['groups', 0, 'indicators', 0, 'points'],
    ],
    [
      'an unknown key in a name',
      oneGroup([ind('A', { name: { vi: 'a', eng: 'b' } })]),
      'SET_UNKNOWN_KEY_SUGGEST',
      ['groups', 0, 'indicators', 0, 'name', 'eng'],
    ],
    [
      'a list for a name',
      oneGroup([ind('A', { name: ['a'] })]),
      'SET_EXPECTED_LOCALIZED',
      ['groups', 0, 'indicators', 0, 'name'],
    ],
    ['an empty groups list', set([]), 'SET_EMPTY_LIST', ['groups']],
    ['a root that is a list', [1, 2], 'SET_YAML_ROOT_NOT_MAPPING', []],
  ])('%s', (_name, input, code, path) => {
    const { set: resolved, issues } = resolveSet(input);
    expect(resolved).toBeNull();
    expect(issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
  });

  it('suggests the right key', () => {
    const { issues } = resolveSet(oneGroup([ind('A', { pionts: 3 })]));
    expect(issues[0]!.args).toEqual({ key: 'pionts', suggestion: 'points' });
    expect(issues[0]!.at).toBe('key');
  });

  it('rejects __proto__ as an unknown key', () => {
    const input = JSON.parse('{"__proto__": {"x": 1}}') as Json;
    const { issues } = resolveSet({ ...oneGroup([ind('A')]), ...input });
    expect(issues.map((i) => i.code)).toContain('SET_UNKNOWN_KEY');
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(codes({ ...oneGroup([ind('A')]), source: deep })).toEqual(['SET_TOO_DEEP']);
  });
});
