import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { foldText } from '../../../src/core/text/fold-text.js';
import {
  indicatorSetSchema,
  type GroupInput,
  type IndicatorInput,
} from '../../../src/core/set/indicator-set-schema.js';
import { resolveSet } from '../../../src/core/set/resolve-set.js';

const SET_PATH = fileURLToPath(
  new URL('../../../indicators/vn-smartcity-1.0.yaml', import.meta.url),
);
const text = readFileSync(SET_PATH, 'utf8');
const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true });
const raw: unknown = doc.toJS();
const parsed = indicatorSetSchema.safeParse(raw);

interface Leaf {
  indicator: IndicatorInput;
  /** Ancestor group codes from the top. */
  path: string[];
}

function leaves(groups: GroupInput[], path: string[] = []): Leaf[] {
  return groups.flatMap((g) => [
    ...(g.indicators ?? []).map((indicator) => ({ indicator, path: [...path, g.code] })),
    ...leaves(g.groups ?? [], [...path, g.code]),
  ]);
}

function allGroups(groups: GroupInput[]): GroupInput[] {
  return groups.flatMap((g) => [g, ...allGroups(g.groups ?? [])]);
}

const isScored = (i: IndicatorInput): boolean => i.scoring.method !== 'info';

/** Spec §2.2, written out independently of the loader: the max points of every scored indicator. */
function distribute(groups: GroupInput[]): Map<string, number> {
  const out = new Map<string, number>();
  const pointsOf = (g: GroupInput): number => {
    const childGroups = g.groups ?? [];
    const scored = (g.indicators ?? []).filter(isScored);
    const childSum = childGroups.map(pointsOf);
    const explicit =
      childSum.reduce((s, p) => s + p, 0) + scored.reduce((s, i) => s + (i.points ?? 0), 0);
    const own = g.points ?? explicit;
    const sharing = scored.filter((i) => i.points === undefined);
    const share = sharing.length > 0 ? (own - explicit) / sharing.length : 0;
    for (const i of scored) out.set(i.code, i.points ?? share);
    return own;
  };
  groups.forEach(pointsOf);
  return out;
}

function set(): z.output<typeof indicatorSetSchema> {
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}

describe('bundled set indicators/vn-smartcity-1.0.yaml', () => {
  it('is clean YAML 1.2: no errors, warnings, anchors or tags', () => {
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(text).not.toMatch(/^\s*%YAML/m);
    expect(text).not.toMatch(/(^|[\s[{,])[&*!][A-Za-z]/m);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('passes the strict schema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has the identity and the metadata of index v1.0', () => {
    const s = set();
    expect(s.id).toBe('vn-smartcity');
    expect(s.version).toBe('1.0');
    expect(s.effective).toBe('2025-07-23');
    expect(s.total).toBe(1000);
    expect(s.missing).toBe('zero');
    expect(s.levels?.vi).toEqual(['Lĩnh vực', 'Nhóm chỉ số', 'Chỉ số']);
    expect(s.levels?.en).toEqual(['Domain', 'Group', 'Indicator']);
    expect(s.source).toMatch(/3098\/BTTTT-KHCN/);
  });

  it('has at least 40 scored indicators, each with both names and a basis', () => {
    const all = leaves(set().groups);
    const scored = all.filter((l) => isScored(l.indicator));
    expect(scored.length).toBeGreaterThanOrEqual(40);
    for (const { indicator } of all) {
      expect(indicator.basis?.trim(), indicator.code).toBeTruthy();
      expect(typeof indicator.name, indicator.code).toBe('object');
      const name = indicator.name as { vi: string; en?: string };
      expect(name.vi.trim(), indicator.code).toBeTruthy();
      expect(name.en?.trim(), indicator.code).toBeTruthy();
    }
  });

  it('has three layers: domain → group → indicator, with codes that say so', () => {
    const top = set().groups;
    for (const domain of top) {
      expect(domain.indicators, domain.code).toBeUndefined();
      for (const group of domain.groups ?? []) {
        expect(group.groups, group.code).toBeUndefined();
        expect(group.code.startsWith(`${domain.code}.`), group.code).toBe(true);
      }
    }
    for (const { indicator, path } of leaves(top)) {
      expect(path, indicator.code).toHaveLength(2);
      expect(top.map((g) => g.code)).toContain(path[0]);
      expect(indicator.code.startsWith(`${path[1]}.`), indicator.code).toBe(true);
    }
  });

  it('has unique codes (ignoring case) and unambiguous names and aliases', () => {
    const s = set();
    const codes = [
      ...allGroups(s.groups).map((g) => g.code),
      ...leaves(s.groups).map((l) => l.indicator.code),
    ].map((c) => c.toLowerCase());
    expect(new Set(codes).size).toBe(codes.length);

    const owner = new Map<string, string>();
    for (const { indicator } of leaves(s.groups)) {
      const name = indicator.name as { vi: string; en?: string };
      const spellings = new Set(
        [name.vi, name.en ?? '', ...(indicator.aliases ?? [])].filter(Boolean).map(foldText),
      );
      for (const key of spellings) {
        expect(owner.get(key) ?? indicator.code, `"${key}"`).toBe(indicator.code);
        owner.set(key, indicator.code);
      }
    }
  });

  // `effective` is the date from which the set applies ("Hiệu lực từ" in the workbook): it cannot
  // predate a document the set takes a target from, and it is the newest of them (NQ 214/NQ-CP).
  it('is effective from the newest document its bases cite, not before', () => {
    const iso = (d: string, m: string, y: string): string =>
      `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const cited = leaves(set().groups).flatMap(({ indicator }) =>
      [...(indicator.basis ?? '').matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)].map((m) =>
        iso(m[1]!, m[2]!, m[3]!),
      ),
    );
    const newest = cited.sort().at(-1);
    expect(newest).toBe('2025-07-23');
    expect(set().effective).toBe(newest);
  });

  it('says which parts are inferred, and cites the verified decision numbers', () => {
    expect(text).toMatch(/tên các lớp \(Lĩnh vực → Nhóm chỉ số → Chỉ số[^)]*\) là SUY LUẬN/);
    const basis = new Map(leaves(set().groups).map((l) => [l.indicator.code, l.indicator.basis]));
    for (const code of ['HT.DD.01', 'HT.NT.04', 'HT.NT.05']) {
      expect(basis.get(code), code).toMatch(
        /^QĐ 1132\/QĐ-TTg \(9\/10\/2024\), Chiến lược hạ tầng số/,
      );
    }
    expect(basis.get('DV.MT.01')).toMatch(/^QĐ 491\/QĐ-TTg \(7\/5\/2018\)/);
    for (const b of basis.values()) expect(b).not.toMatch(/là suy luận\)/);
    expect(basis.get('HT.NT.02')).toMatch(/không nêu năm/);
    expect(basis.get('CQ.DV.06')).toMatch(/Kế hoạch 02\/KH-BCĐTW \(19\/6\/2025\)/);
    expect(basis.get('KT.QM.02')).toMatch(/từng ngành.*một con số/);
  });

  // Two documents disagree on the 2025 smartphone target; the set keeps QĐ 411's 80 % on purpose
  // and its basis names the other reading.
  it('keeps the 80 % smartphone target of QĐ 411 and says why', () => {
    const tb01 = leaves(set().groups).find((l) => l.indicator.code === 'HT.TB.01')!.indicator;
    expect(tb01.scoring).toEqual({ method: 'target', target: 80 });
    expect(tb01.basis).toMatch(/QĐ 749\/QĐ-TTg.*phổ cập.*100%.*chọn 80%/);
  });

  it('gives every scored indicator a sound target', () => {
    for (const { indicator } of leaves(set().groups)) {
      const sc = indicator.scoring;
      if (sc.method === 'target') {
        if (indicator.direction === 'lower') {
          expect(sc.worst, indicator.code).toBeGreaterThan(sc.target);
        } else {
          expect(sc.target, indicator.code).toBeGreaterThan(sc.worst ?? 0);
        }
        if (indicator.type === 'percent') {
          expect(sc.target, indicator.code).toBeLessThanOrEqual(100);
        }
      }
      if (indicator.type === 'boolean') expect(sc.method, indicator.code).toBe('boolean');
      if (indicator.type === 'level') expect(sc.method, indicator.code).toBe('levels');
      if (indicator.type === 'percent') expect(indicator.unit, indicator.code).toBe('%');
    }
  });

  it('distributes exactly 1000 points (spec §2.2)', () => {
    const s = set();
    const points = distribute(s.groups);
    const scored = leaves(s.groups).filter((l) => isScored(l.indicator));
    expect(points.size).toBe(scored.length);
    let sum = 0;
    for (const [code, p] of points) {
      expect(p, code).toBeGreaterThan(0);
      sum += p;
    }
    expect(sum).toBeCloseTo(1000, 9);
    for (const domain of s.groups) {
      const domainSum = scored
        .filter((l) => l.path[0] === domain.code)
        .reduce((acc, l) => acc + (points.get(l.indicator.code) ?? 0), 0);
      expect(domainSum, domain.code).toBeCloseTo(domain.points ?? NaN, 9);
    }
  });
});

describe('bundled set through resolveSet', () => {
  it('resolves without issues and distributes 1000 points', () => {
    const { set: resolved, issues } = resolveSet(raw);
    expect(issues).toEqual([]);
    expect(resolved).not.toBeNull();
    const scored = resolved!.indicators.filter((i) => i.scoring.method !== 'info');
    expect(scored.length).toBeGreaterThanOrEqual(40);
    const sum = resolved!.indicators.reduce((acc, i) => acc + i.points, 0);
    expect(sum).toBeCloseTo(1000, 9);
    const mine = distribute(set().groups);
    for (const i of scored) expect(i.points, i.code).toBeCloseTo(mine.get(i.code) ?? NaN, 9);
    for (const i of resolved!.indicators) expect(i.path, i.code).toHaveLength(2);
  });
});

describe('fixtures/dongnai.xlsx matches the bundled set', () => {
  it('has one row per indicator of the set, in the set order', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(
      fileURLToPath(new URL('../../../fixtures/dongnai.xlsx', import.meta.url)),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Số liệu']);
    const ws = wb.getWorksheet('Số liệu')!;
    const codes: string[] = [];
    ws.eachRow((row, n) => {
      const code = row.getCell(2).value;
      if (n > 8 && typeof code === 'string') codes.push(code);
    });
    expect(codes).toEqual(leaves(set().groups).map((l) => l.indicator.code));
  });
});
