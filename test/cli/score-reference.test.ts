import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * An end-to-end reference: a set the code was not written against (nested groups, shared points,
 * `exclude`, ratio inputs, lower-direction steps, level labels), three provinces with a tie, and
 * every number worked out by hand in the comments.
 */
const SET = `id: ref-set
version: "2"
title: { vi: "Bộ tham chiếu", en: "Reference set" }
missing: exclude
ratings:
  - { min: 0.7, label: { vi: "Tốt", en: "Good" } }
  - { min: 0.4, label: { vi: "Khá", en: "Fair" } }
groups:
  - code: A
    name: "Nhóm A"
    points: 60
    groups:
      - code: A.1
        name: "A một"
        indicators:
          - { code: "1.1.9", name: "Chín", type: percent, points: 10, scoring: { method: target, target: 50 } }
          - { code: "1.1.10", name: "Mười", type: percent, points: 10, scoring: { method: target, target: 50 } }
      - code: A.2
        name: "A hai"
        points: 40
        indicators:
          - { code: "2.1", name: "Tỷ lệ", type: percent, ratio: true, scoring: { method: target, target: 80 } }
          - code: "2.2"
            name: "Thất thoát"
            type: number
            direction: lower
            scoring: { method: steps, steps: [{ max: 20, score: 0.5 }, { max: 10, score: 1 }] }
  - code: B
    name: "Nhóm B"
    indicators:
      - code: B.1
        name: "Mức"
        type: level
        points: 30
        scoring: { method: levels, levels: [{ label: "Thấp" }, { label: "Vừa" }, { label: "Cao" }] }
      - { code: B.2, name: "Có IOC", type: boolean, points: 10, scoring: { method: boolean } }
`;

const HEADER = 'Mã chỉ số,Giá trị,Tử số,Mẫu số\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-ref-'));
  writeFileSync(join(dir, 'set.yaml'), SET);
  // A.1: 5 + 5; A.2: 2.1 = 30/50 = 60 % → 0.75 × 20 = 15, 2.2 = 15 → max 20 step → 0.5 × 20 = 10;
  // B.1 "Vừa" = level 2 → 0.5 × 30 = 15; B.2 missing → excluded. 50 / 90.
  writeFileSync(
    join(dir, 'ha-noi.csv'),
    `${HEADER}1.1.9,25,,\n1.1.10,25,,\n2.1,,30,50\n2.2,15,,\nB.1,Vừa,,\nB.2,-,,\n`,
  );
  // Same total by another route: 1.1.9 = 10, 1.1.10 = 0. 50 / 90.
  writeFileSync(
    join(dir, 'hai-phong.csv'),
    `${HEADER}1.1.9,50,,\n1.1.10,0,,\n2.1,,30,50\n2.2,15,,\nB.1,2,,\nB.2,N/A,,\n`,
  );
  // Everything achieved: 100 / 100.
  writeFileSync(
    join(dir, 'hue.csv'),
    `${HEADER}1.1.9,60,,\n1.1.10,50,,\n2.1,,40,50\n2.2,10,,\nB.1,Cao,,\nB.2,Có,,\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Doc {
  entities: {
    points: number;
    maxPoints: number;
    index: number;
    coverage: number;
    rating: string | null;
    rank: number;
    groups: {
      code: string;
      points: number;
      maxPoints: number;
      index: number | null;
      rank: number;
    }[];
    indicators: Record<string, unknown>[];
    gaps: { code: string; pointsLost: number; gap: number | null; band: string }[];
  }[];
  policy: { missing: string };
}

describe('score: reference computation', () => {
  it('matches the hand computation under exclude, with ranks, ties and gap order', async () => {
    const t = await runCli(
      [
        'score',
        'ha-noi.csv',
        'hai-phong.csv',
        'hue.csv',
        '--set',
        'set.yaml',
        '--format',
        'json',
        '--no-export',
      ],
      { cwd: dir },
    );
    expect(t.stderr).toBe('');
    expect(t.exitCode).toBe(0);
    const doc = JSON.parse(t.stdout) as Doc;
    expect(doc.policy.missing).toBe('exclude');
    const [hn, hp, hue] = doc.entities;
    expect(hn).toMatchObject({
      points: 50,
      maxPoints: 90,
      index: 0.555556,
      coverage: 0.9,
      rating: 'Khá',
      rank: 2,
    });
    expect(hp).toMatchObject({ points: 50, maxPoints: 90, index: 0.555556, rank: 2 });
    expect(hue).toMatchObject({
      points: 100,
      maxPoints: 100,
      index: 1,
      coverage: 1,
      rating: 'Tốt',
      rank: 1,
    });
    expect(hn!.groups.map((g) => [g.code, g.points, g.maxPoints, g.index, g.rank])).toEqual([
      ['A', 35, 60, 0.583333, 2],
      ['A.1', 10, 20, 0.5, 2],
      ['A.2', 25, 40, 0.625, 2],
      ['B', 15, 30, 0.5, 2],
    ]);
    expect(hn!.indicators.find((i) => i.code === '2.1')).toMatchObject({
      value: 60,
      achievement: 0.75,
      gap: 20,
    });
    expect(hn!.indicators.find((i) => i.code === '2.2')).toMatchObject({
      achievement: 0.5,
      gap: 5,
      band: 'far',
    });
    expect(hn!.indicators.find((i) => i.code === 'B.1')).toMatchObject({
      value: 2,
      achievement: 0.5,
      gap: 1,
    });
    expect(hn!.indicators.find((i) => i.code === 'B.2')).toEqual({
      code: 'B.2',
      value: null,
      status: 'missing',
      achievement: null,
      points: null,
      maxPoints: 10,
      pointsLost: null,
      gap: null,
      band: 'missing',
      valueLabel: null,
      // A yes/no indicator: full points for "Có", even when nothing was reported.
      targetLabel: 'Có',
    });
    expect(hn!.gaps.map((g) => [g.code, g.pointsLost])).toEqual([
      ['B.1', 15],
      ['2.2', 10],
      ['1.1.9', 5],
      ['1.1.10', 5],
      ['2.1', 5],
    ]);
    expect(hue!.gaps).toEqual([]);
  });

  it('--missing zero overrides the set: the missing indicator keeps its max', async () => {
    const t = await runCli(
      [
        'score',
        'ha-noi.csv',
        '--set',
        'set.yaml',
        '--format',
        'json',
        '--no-export',
        '--missing',
        'zero',
      ],
      { cwd: dir },
    );
    expect(t.exitCode).toBe(0);
    const [hn] = (JSON.parse(t.stdout) as Doc).entities;
    expect(hn).toMatchObject({ points: 50, maxPoints: 100, index: 0.5, coverage: 0.9, rank: null });
    expect(hn!.gaps.map((g) => g.code)).toEqual(['B.1', '2.2', 'B.2', '1.1.9', '1.1.10', '2.1']);
  });
});
