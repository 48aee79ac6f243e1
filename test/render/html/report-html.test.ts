import { describe, expect, it } from 'vitest';
import { provincesOfEra } from '../../../src/core/province/province-registry.js';
import type { Report } from '../../../src/core/score/report.js';
import { reportHtml } from '../../../src/render/html/report-html.js';
import { provinceTiles } from '../../../src/render/html/province-tiles.js';
import {
  fakeFinding,
  fakeReport,
  FULL_VALUES,
  manyEntities,
  PARTIAL_VALUES,
} from '../../helpers/fake-report.js';

const OPTIONS = {
  toolVersion: '9.9.9',
  inputs: [{ file: 'dongnai.xlsx', sha256: 'ab'.repeat(32) }],
  date: new Date(Date.UTC(2026, 0, 1, 20, 0, 0)),
};

function single(): Report {
  return fakeReport(
    [{ label: 'Đồng Nai', province: { code: '75', name: 'Đồng Nai' }, values: PARTIAL_VALUES }],
    [fakeFinding()],
  );
}

/** The `<svg>…</svg>` elements of a document. */
function svgs(html: string): string[] {
  return [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

describe('reportHtml — one entity', () => {
  const html = reportHtml(single(), { ...OPTIONS, lang: 'vi' });

  it('is one self-contained document: no script, nothing fetched, lang set', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain("default-src 'none'");
  });

  it('has the title, the set, the date in Vietnam and the key figures, numbers in vi', () => {
    expect(html).toContain(
      '<title>Báo cáo đánh giá đô thị thông minh — Đồng Nai — năm 2025</title>',
    );
    expect(html).toContain('fake-set');
    // 2026-01-01 20:00 UTC is already 2 January in Vietnam.
    expect(html).toContain('02/01/2026');
    const entity = single().entities[0]!;
    const percent = `${(entity.index! * 100).toFixed(1).replace('.', ',')}%`;
    expect(html).toContain(percent);
    expect(html).not.toMatch(/\d\.\d%/);
  });

  it('draws the gauge, the domain bars and the gaps, each an svg with a title', () => {
    const charts = svgs(html);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const chart of charts) {
      expect(chart).toMatch(/^<svg role="img" viewBox="0 0 \d+ \d+"/);
      expect(chart).toMatch(/<title>[^<]+<\/title>/);
    }
    expect(html).toContain('<section id="gaps"');
    expect(html).toContain('<section id="indicators"');
  });

  it('lists every scored indicator in the table, with its band', () => {
    for (const indicator of single().set.indicators)
      expect(html).toContain(`<td>${indicator.code}</td>`);
    expect(html).toMatch(/<td class="band" style="background:#[0-9A-F]{6}">/i);
  });

  it('lists the findings with their place and message, and the method', () => {
    const finding = fakeFinding();
    expect(html).toContain(finding.code);
    expect(html).toContain('<section id="method"');
    expect(html).toContain('ab'.repeat(32));
  });

  it('writes English labels and numbers with --lang en', () => {
    const en = reportHtml(single(), { ...OPTIONS, lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Smart city assessment report — Đồng Nai');
    expect(en).toContain('2026-01-02');
    expect(en).not.toMatch(/\d,\d%/);
  });

  it('is the same bytes for the same input', () => {
    expect(reportHtml(single(), { ...OPTIONS, lang: 'vi' })).toBe(html);
  });

  it('draws the radar only with three or more top-level groups', () => {
    // The fake set has two top-level groups (HT, CQ).
    expect(html).not.toContain('<section id="radar"');
    expect(svgs(html).some((svg) => svg.includes('<polygon'))).toBe(false);
  });
});

describe('reportHtml — escaping', () => {
  it('prints user text as text: labels, names, files and messages with markup', () => {
    const report = fakeReport(
      [
        {
          label: '<script>alert(1)</script>',
          province: { code: '75', name: '<img src=x onerror=alert(2)>' },
          values: FULL_VALUES,
        },
      ],
      [fakeFinding({ file: '"><script>alert(3)</script>.csv' })],
    );
    const set = report.set;
    set.title.vi = '<script>alert(4)</script>';
    set.groups[0]!.name.vi = '</title><script>alert(5)</script>';
    set.indicators[0]!.name.vi = '<b onclick="x">bold</b> & \'quoted\'';
    const html = reportHtml(report, { ...OPTIONS, lang: 'vi' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b /i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(5)');
    expect(html).toContain('&lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt; &amp; &#39;quoted&#39;');
  });
});

describe('reportHtml — a batch', () => {
  const units = provincesOfEra('2025');
  const report = fakeReport(
    units.map((unit, i) => ({
      label: unit.name,
      province: { code: unit.code, name: unit.name },
      values: i % 3 === 0 ? FULL_VALUES : PARTIAL_VALUES,
    })),
  );
  const html = reportHtml(report, { ...OPTIONS, lang: 'vi' });

  it('draws the ranking, the tile map of the 34 units and the heat map', () => {
    expect(html).toContain('<section id="ranking"');
    expect(html).toContain('<section id="tile-map"');
    expect(html).toContain('<section id="heat-map"');
    const map = svgs(html).find((svg) => svg.includes('Bản đồ ô 34'))!;
    expect(map).toBeDefined();
    // One tile per unit, each labelled by code and name.
    expect(map.match(/<rect [^>]*rx="4"/g)).toHaveLength(34);
    for (const unit of units) expect(map).toContain(`>${unit.code}</text>`);
  });

  it('lists every entity in the ranking table', () => {
    const table = html.slice(html.indexOf('<section id="ranking-table"'));
    for (const unit of units) expect(table).toContain(`<td class="entity">${unit.name}</td>`);
  });

  it('draws the 63-tile map for pre-2025 provinces', () => {
    const early = provincesOfEra('pre-2025').filter((unit) => unit.successor !== unit.code);
    const old = fakeReport(
      early.slice(0, 5).map((unit) => ({
        label: unit.name,
        province: { code: unit.code, name: unit.name },
        values: FULL_VALUES,
      })),
    );
    const out = reportHtml(old, { ...OPTIONS, lang: 'en' });
    const map = svgs(out).find((svg) => svg.includes('Tile map of the 63'));
    expect(map).toBeDefined();
    expect(map!.match(/<rect [^>]*rx="4"/g)).toHaveLength(63);
  });

  it('has no tile map when the entities are not provinces, and caps the charts at 40', () => {
    const communes = manyEntities(50).map((e) => ({ ...e, province: null }));
    const out = reportHtml(fakeReport(communes), { ...OPTIONS, lang: 'vi' });
    expect(out).not.toContain('<section id="tile-map"');
    expect(out).toContain('40 đơn vị đầu trong 50');
  });
});

describe('provinceTiles', () => {
  it.each(['2025', 'pre-2025'] as const)('places every unit of era %s once', (era) => {
    const tiles = provinceTiles(era);
    const codes = tiles.map((tile) => tile.code).sort();
    expect(codes).toEqual(
      provincesOfEra(era)
        .map((unit) => unit.code)
        .sort(),
    );
    const places = new Set(tiles.map((tile) => `${tile.column},${tile.row}`));
    expect(places.size).toBe(tiles.length);
  });
});
