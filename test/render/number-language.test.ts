// Every number written for people follows the reader's language: no '.' decimal in Vietnamese
// text (a '.' there may only group thousands: 1.000), no ',' decimal in English text. Each
// terminal table, the finding messages and the HTML report are rendered in both languages and
// scanned.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/score/build-report.js';
import { makeFinding } from '../../src/core/findings/make-finding.js';
import { sensitivityAnalysis } from '../../src/core/sensitivity/sensitivity-analysis.js';
import { reportHtml } from '../../src/render/html/report-html.js';
import { findingsText } from '../../src/render/terminal/findings-text.js';
import { gapsTable } from '../../src/render/terminal/gaps-table.js';
import { indicatorsDetail } from '../../src/render/terminal/indicators-detail.js';
import { indicatorsTable } from '../../src/render/terminal/indicators-table.js';
import { reportTable } from '../../src/render/terminal/report-table.js';
import { sensitivityTable } from '../../src/render/terminal/sensitivity-table.js';
import { entity, exampleData, exampleSet } from '../helpers/example-set.js';

const set = exampleSet();
const entities = [
  exampleData(),
  entity('Hà Nội', { 'HT.01': 72.5, 'HT.02': false, 'DV.01': 12.25, 'DV.02': 5, 'DV.03': 3 }),
  entity('Huế', { 'HT.01': 33.3, 'HT.02': true, 'DV.01': 7.5, 'DV.02': 11, 'DV.03': 1 }),
];
const findings = [
  makeFinding('DATA_UNKNOWN_INDICATOR', { value: 'X.1', hint: 2.5 }, { line: 1234 }),
];

function texts(lang: 'vi' | 'en'): string[] {
  const single = buildReport(
    set,
    [{ layout: 'long', entities: [exampleData()], findings: [] }],
    [],
    {
      missing: 'exclude',
    },
  );
  const many = buildReport(set, [{ layout: 'long', entities, findings: [] }], findings, {
    missing: 'zero',
  });
  const sensitivity = sensitivityAnalysis(many, {
    runs: 50,
    seed: 7,
    weights: 0.25,
    perturb: 'indicators',
    missingAlt: false,
  });
  return [
    reportTable(single, { lang, top: 10 }),
    reportTable(many, { lang, top: 10 }),
    gapsTable(many, many.entities[1]!, { lang }),
    indicatorsTable(set, lang),
    ...set.indicators.map((indicator) => indicatorsDetail(set, indicator, lang)),
    findingsText(findings, lang),
    sensitivityTable(sensitivity, set, { lang }),
    htmlText(single, lang),
    htmlText(many, lang),
  ].map((text) =>
    // Codes (HT.01) and the set's version are names, not numbers.
    text
      .replaceAll(`${set.id} ${set.version}`, set.id)
      .replace(new RegExp(`(phiên bản|version) ${set.version.replace('.', '\\.')}`, 'g'), '$1 V')
      .replace(/[A-Z]+\.\d+/g, 'CODE'),
  );
}

/** What a reader of the HTML report sees: the text, without styles, tags or the tool's version. */
function htmlText(report: ReturnType<typeof buildReport>, lang: 'vi' | 'en'): string {
  const options = { lang, toolVersion: 'X', inputs: [], date: new Date(Date.UTC(2026, 0, 15)) };
  return reportHtml(report, options)
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

describe('numbers in the reader’s language', () => {
  it('Vietnamese text has no decimal point, only grouping dots', () => {
    for (const text of texts('vi')) {
      const decimals = [...text.matchAll(/\d+(?:\.\d+)+/g)]
        .map((m) => m[0])
        .filter((n) => !/^\d{1,3}(\.\d{3})+$/.test(n));
      expect(decimals, text).toEqual([]);
    }
    expect(texts('vi').join('\n')).toMatch(/\d,\d/);
  });

  it('English text has no decimal comma', () => {
    for (const text of texts('en')) expect(text).not.toMatch(/\d,\d/);
    expect(texts('en').join('\n')).toMatch(/\d\.\d/);
  });
});
