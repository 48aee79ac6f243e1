// The report's scores live in typed columns and its entities build `indicators`, `groups` and
// `gaps` when read (score-columns.ts, entity-view.ts). Everything a user or a renderer sees must
// be what the plain objects of the scorer before the change gave: the oracle is that scorer,
// kept in plain-entities.ts, on random sets and data and on the example set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityData } from '../../src/core/table/dataset.js';
import type { EntityScore, IndicatorScore, Report } from '../../src/core/score/report.js';
import type { ResolvedSet } from '../../src/core/set/resolved-set.js';
import { entitiesFromIndicators, scoreEntities } from '../../src/core/score/score-entities.js';
import {
  achievementAt,
  gapCountOf,
  gapsOf,
  groupAt,
  groupCountOf,
  groupIndexAt,
  groupRankAt,
  groupsOf,
  indicatorAt,
  indicatorCountOf,
  indicatorsOf,
  valueAt,
} from '../../src/core/score/entity-view.js';
import { reportJson } from '../../src/render/formats/report-json.js';
import { reportCsv } from '../../src/render/formats/report-csv.js';
import { reportWorkbook as reportWorkbookPieces } from '../../src/render/workbook/report-workbook.js';
import { workbookBatchSheets } from '../../src/render/workbook/workbook-batch-sheets.js';
import { workbookContext } from '../../src/render/workbook/workbook-context.js';
import { eachRow, type SheetCell } from '../../src/render/workbook/workbook-sheet.js';
import { arbitraryEntities, arbitrarySet } from '../helpers/arbitrary-set.js';
import { entity, exampleData, exampleSet } from '../helpers/example-set.js';
import { plainEntities, plainFromIndicators } from './plain-entities.js';
import { joinedBytes } from '../helpers/joined-bytes.js';

const reportWorkbook = joinedBytes(reportWorkbookPieces);

const PARTS = ['groups', 'indicators', 'gaps'] as const;

function reportOf(set: ResolvedSet, entities: EntityScore[], data: EntityData[]): Report {
  return { set, policy: { missing: set.missing }, entities, findings: [], data };
}

/** Whether the entity still builds the part when read (nothing has kept it). */
function unread(entity: EntityScore, part: (typeof PARTS)[number]): boolean {
  return Object.getOwnPropertyDescriptor(entity, part)?.get !== undefined;
}

const scored = arbitrarySet.chain((set) =>
  fc.tuple(
    fc.constant(set),
    arbitraryEntities(set),
    fc.constantFrom('zero' as const, 'exclude' as const),
  ),
);

/** Some values carry evidence, as long tables give them. */
function withEvidence(data: EntityData[]): EntityData[] {
  return data.map((e, k) => {
    const values = new Map(
      [...e.values].map(([code, v], i) => [
        code,
        (i + k) % 3 === 0 ? { ...v, evidence: `QĐ ${i}/${k}` } : v,
      ]),
    );
    return { ...e, values };
  });
}

/** The same data (some values with evidence) scored into columns and by the plain scorer. */
function bothScorers(set: ResolvedSet, raw: EntityData[], missing: 'zero' | 'exclude') {
  const data = withEvidence(raw);
  return {
    data,
    viewed: scoreEntities(set, data, { missing }),
    plain: plainEntities(set, data, missing),
  };
}

describe('scores in columns', () => {
  it('render JSON and CSV byte for byte as the plain objects did, without keeping any part', () => {
    fc.assert(
      fc.property(scored, ([set, raw, missing]) => {
        const { data, viewed, plain } = bothScorers(set, raw, missing);
        const a = { ...reportOf(set, viewed, data), policy: { missing } };
        const b = { ...reportOf(set, plain, data), policy: { missing } };
        for (const lang of ['vi', 'en'] as const) {
          const options = { lang, toolVersion: '0.0.0-test' };
          expect(reportJson(a, options)).toBe(reportJson(b, options));
          expect(reportCsv(a, { lang })).toBe(reportCsv(b, { lang }));
        }
        for (const entity of viewed)
          for (const part of PARTS) expect(unread(entity, part)).toBe(true);
      }),
    );
  });

  it('read through the helpers, on JSON.stringify and with toEqual give the plain objects', () => {
    fc.assert(
      fc.property(scored, ([set, raw, missing]) => {
        const { viewed, plain } = bothScorers(set, raw, missing);
        viewed.forEach((entity, e) => {
          const want = plain[e]!;
          expect(indicatorsOf(entity)).toEqual(want.indicators);
          expect(groupsOf(entity)).toEqual(want.groups);
          expect(gapsOf(entity)).toEqual(want.gaps);
          for (const limit of [0, 1, 3, want.gaps.length, want.gaps.length + 1]) {
            expect(gapsOf(entity, limit)).toEqual(want.gaps.slice(0, limit));
          }
          expect(indicatorCountOf(entity)).toBe(want.indicators.length);
          expect(gapCountOf(entity)).toBe(want.gaps.length);
          want.indicators.forEach((score, i) => expect(indicatorAt(entity, i)).toEqual(score));
          expect(indicatorAt(entity, want.indicators.length)).toBeUndefined();
          expectAchievements(entity, want);
          want.groups.forEach((group, g) => expect(groupAt(entity, g)).toEqual(group));
          expect(groupAt(entity, want.groups.length)).toBeUndefined();
          expect(groupAt(entity, -1)).toBeUndefined();
          expect(groupCountOf(entity)).toBe(want.groups.length);
        });
        expect(JSON.stringify(viewed)).toBe(JSON.stringify(plain));
        expect(Object.keys(viewed[0]!)).toEqual(Object.keys(plain[0]!));
        expect(viewed).toEqual(plain);
      }),
    );
  });

  it('write the same workbook bytes as the plain objects did', async () => {
    await fc.assert(
      fc.asyncProperty(scored, async ([set, raw, missing]) => {
        const data = withEvidence(raw);
        const options = {
          lang: 'vi' as const,
          toolVersion: '0.0.0-test',
          inputs: [{ file: 'x.csv', sha256: '0'.repeat(64) }],
          date: new Date(Date.UTC(2025, 0, 2)),
        };
        const a = await reportWorkbook(
          reportOf(set, scoreEntities(set, data, { missing }), data),
          options,
        );
        const b = await reportWorkbook(
          reportOf(set, plainEntities(set, data, missing), data),
          options,
        );
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
        // A program may list groups and indicators in another order: the ranking, heat map and
        // matrix find them by code.
        const reordered = plainEntities(set, data, missing).map((entity) => ({
          ...entity,
          groups: [...entity.groups].reverse(),
          indicators: [...entity.indicators].reverse(),
        }));
        const byEntity = (entities: EntityScore[]): SheetCell[][][] =>
          workbookBatchSheets(workbookContext(reportOf(set, entities, data), 'vi'))
            .filter((_, i) => i === 1 || i === 2 || i === 4)
            .map((spec) => {
              const rows: SheetCell[][] = [];
              eachRow(spec, (cells) => void rows.push([...cells]));
              return rows;
            });
        expect(byEntity(reordered)).toEqual(byEntity(scoreEntities(set, data, { missing })));
      }),
      { numRuns: 20 },
    );
  });

  it('give the example set the same report in every format, one entity and a batch', async () => {
    const set = exampleSet();
    const one = exampleData();
    const batch = Array.from({ length: 40 }, (_, k) => {
      const values: Record<string, number | boolean | null> = {};
      for (const [code, v] of one.values) {
        values[code] = typeof v.value === 'number' ? v.value * ((k % 7) / 5) : v.value;
      }
      return entity(`Xã ${k}`, values, {
        province: { code: String(k % 3).padStart(2, '0'), name: `Tỉnh ${k % 3}` },
        year: 2025,
      });
    });
    for (const data of [[one], batch]) {
      const a = reportOf(set, scoreEntities(set, data, { missing: 'zero' }), data);
      const b = reportOf(set, plainEntities(set, data, 'zero'), data);
      const options = {
        lang: 'en' as const,
        toolVersion: '0.0.0-test',
        inputs: [],
        date: new Date(Date.UTC(2025, 5, 1)),
      };
      expect(reportJson(a, options)).toBe(reportJson(b, options));
      expect(reportCsv(a, options)).toBe(reportCsv(b, options));
      const wa = await reportWorkbook(a, options);
      const wb = await reportWorkbook(b, options);
      expect(Buffer.from(wa).equals(Buffer.from(wb))).toBe(true);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });

  it('keep any numbers given (not only what scoring makes), -0 and nulls included', () => {
    const set = exampleSet();
    const number = fc.oneof(
      fc.constant(null),
      fc.constant(-0),
      fc.double({ noNaN: true }),
      fc.integer({ min: 0, max: 10 }),
    );
    const score = fc.record({
      value: fc.oneof(number, fc.boolean()),
      status: fc.constantFrom('reported' as const, 'missing' as const, 'info' as const),
      achievement: number,
      points: number,
      maxPoints: number,
      pointsLost: number,
      gap: number,
      band: fc.constantFrom(null, 'achieved', 'missing', 'far'),
      evidence: fc.constantFrom(null, '', 'QĐ 1'),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.array(score, { minLength: set.indicators.length, maxLength: set.indicators.length }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (rows) => {
          const data = rows.map((indicators, k) => ({
            entity: exampleData(),
            indicators: indicators.map((s, i) => {
              const full: IndicatorScore = {
                code: set.indicators[i]!.code,
                value: s.value,
                evidence: s.evidence,
                status: s.status,
                achievement: s.achievement,
                points: s.points,
                maxPoints: s.maxPoints,
                pointsLost: s.pointsLost,
                gap: s.gap,
                band: s.band,
              };
              // Half the rows as scoring makes them, so both the worked-out and stored paths run.
              if (k % 2 === 0 && s.achievement !== null) {
                full.maxPoints = set.indicators[i]!.points;
                full.points = s.achievement * full.maxPoints;
                full.pointsLost = full.maxPoints - full.points;
              }
              return full;
            }),
          }));
          const viewed = entitiesFromIndicators(set, data);
          const plain = plainFromIndicators(set, data);
          expect(viewed).toEqual(plain);
          expect(JSON.stringify(viewed)).toBe(JSON.stringify(plain));
        },
      ),
    );
  });

  it('keep rows given out of the set order (a roll-up) as they came', () => {
    const set = exampleSet();
    const data = [exampleData(), exampleData()];
    const rows = plainEntities(set, data, 'zero').map((e, k) => ({
      entity: e,
      indicators: k === 0 ? [...e.indicators].reverse() : e.indicators,
    }));
    const viewed = entitiesFromIndicators(set, rows);
    const plain = plainFromIndicators(set, rows);
    viewed.forEach((entity, e) => {
      expectAchievements(entity, plain[e]!);
      for (const limit of [0, 2, Infinity]) {
        expect(gapsOf(entity, limit)).toEqual(plain[e]!.gaps.slice(0, limit));
      }
    });
    expect(JSON.stringify(viewed)).toBe(JSON.stringify(plain));
  });
});

/** achievementAt and valueAt read what indicators[i] holds, for its own code only, in and out of range. */
function expectAchievements(entity: EntityScore, want: EntityScore): void {
  const codes = want.indicators.map((score) => score.code);
  for (let i = -1; i <= want.indicators.length; i++) {
    for (const code of [...new Set([...codes.slice(0, 3), codes[i] ?? 'X', 'X'])]) {
      const score = want.indicators[i];
      expect(achievementAt(entity, i, code)).toBe(
        score?.code === code ? score.achievement : undefined,
      );
      expect(valueAt(entity, i, code)).toBe(score?.code === code ? score.value : undefined);
    }
  }
  // groupIndexAt and groupRankAt likewise for groups[g].
  const groupCodes = want.groups.map((group) => group.code);
  for (let g = -1; g <= want.groups.length; g++) {
    for (const code of [...new Set([groupCodes[0]!, groupCodes[g] ?? 'X', 'X'])]) {
      const group = want.groups[g];
      expect(groupIndexAt(entity, g, code)).toBe(group?.code === code ? group.index : undefined);
      expect(groupRankAt(entity, g, code)).toBe(group?.code === code ? group.rank : undefined);
    }
  }
}

describe('an entity of the report, as a program uses it', () => {
  const set = exampleSet();
  const data = [exampleData(), exampleData()];

  it('keeps what it gave: one array per part, changes and assignments stay', () => {
    const [entity] = scoreEntities(set, data, { missing: 'zero' });
    const first = entity!.indicators;
    expect(entity!.indicators).toBe(first);
    first[0]!.points = 12345;
    expect(indicatorsOf(entity!)[0]!.points).toBe(12345);
    entity!.groups[0]!.rank = 99;
    expect(groupsOf(entity!)[0]!.rank).toBe(99);
    const replaced: IndicatorScore[] = [];
    entity!.indicators = replaced;
    expect(entity!.indicators).toBe(replaced);
    expect(indicatorCountOf(entity!)).toBe(0);
    entity!.gaps = [];
    expect(gapCountOf(entity!)).toBe(0);
    expect(JSON.parse(JSON.stringify(entity)).indicators).toEqual([]);
  });

  it('spreads, lists its keys and clones like a plain object', () => {
    const [entity] = scoreEntities(set, data, { missing: 'zero' });
    const [plain] = plainEntities(set, data, 'zero');
    expect({ ...entity }).toEqual({ ...plain });
    expect(Object.keys(entity!)).toEqual([
      'label',
      'province',
      'year',
      'source',
      'points',
      'maxPoints',
      'index',
      'coverage',
      'rating',
      'rank',
      'groups',
      'indicators',
      'gaps',
    ]);
    expect(structuredClone(entity)).toEqual(structuredClone(plain));
  });
});
