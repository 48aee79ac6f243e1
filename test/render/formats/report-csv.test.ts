import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/score/build-report.js';
import { csvCell, reportCsv } from '../../../src/render/formats/report-csv.js';
import {
  entity,
  exampleData,
  exampleSet,
  group,
  indicator,
  loc,
  makeSet,
} from '../../helpers/example-set.js';

/** A tiny RFC 4180 reader for round-trip checks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('csvCell (formula injection, reliability F1)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
    ['＝1', "'＝1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠1', "'＠1"],
    ["=cmd|'/c calc'!A1", "'=cmd|'/c calc'!A1"],
    ['a,=1', '"a,=1"'],
    ['"=1"', '"""=1"""'],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['Quảng Ninh', 'Quảng Ninh'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
    const [[back]] = parseCsv(`${csvCell(input)}\r\n`) as [[string]];
    expect([input, `'${input}`]).toContain(back ?? '');
  });
});

describe('reportCsv', () => {
  it('writes the worked example with a BOM, CRLF and the spec columns', () => {
    const set = exampleSet();
    const report = buildReport(
      set,
      [{ layout: 'long', entities: [exampleData()], findings: [] }],
      [],
      {
        missing: 'zero',
      },
    );
    const text = reportCsv(report, { lang: 'en' });
    expect(
      text.startsWith(
        '\uFEFFentity,province_code,year,code,name,group,value,status,achievement,points,max_points,points_lost,gap,band,evidence\r\n',
      ),
    ).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(7);
    expect(rows[1]).toEqual([
      'Quảng Ninh',
      '22',
      '',
      'HT.01',
      'Households with fibre Internet',
      'HT',
      '60',
      'reported',
      '0.75',
      '45',
      '60',
      '15',
      '20',
      'near',
      '',
    ]);
    expect(rows[2]!.slice(6, 8)).toEqual(['true', 'reported']);
    expect(rows[6]).toEqual([
      'Quảng Ninh',
      '22',
      '',
      'DV.04',
      'Population (thousands)',
      'DV',
      '1362.9',
      'info',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(text).toContain('"22"');
  });

  it('prefixes hostile labels, names and evidence but never negative numbers', () => {
    const set = makeSet(
      [group('G', 20, { indicators: ['A', 'B'] })],
      [
        indicator(
          'A',
          ['G'],
          { method: 'target', target: 10, worst: -10 },
          { name: loc('=SUM(1,2)', '@evil') },
        ),
        indicator('B', ['G'], { method: 'boolean' }, { name: loc('+name', '-name') }),
      ],
    );
    const hostile = entity(
      '=HYPERLINK("http://x")',
      {},
      {
        province: { code: '01', name: 'Hà Nội' },
        year: 2025,
        values: new Map([
          ['A', { value: -5, evidence: '\t=1+1', note: null }],
          ['B', { value: false, evidence: '-2+3', note: null }],
        ]),
      },
    );
    const report = buildReport(set, [{ layout: 'wide', entities: [hostile], findings: [] }], [], {
      missing: 'zero',
    });
    const rows = parseCsv(reportCsv(report, { lang: 'vi' }).slice(1));
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1]![1]).toBe('01');
    expect(rows[1]![2]).toBe('2025');
    expect(rows[1]![4]).toBe("'=SUM(1,2)");
    expect(rows[1]![6]).toBe('-5');
    expect(rows[1]![14]).toBe("'\t=1+1");
    expect(rows[2]![4]).toBe("'+name");
    expect(rows[2]![14]).toBe("'-2+3");
    const en = parseCsv(reportCsv(report, { lang: 'en' }).slice(1));
    expect(en[1]![4]).toBe("'@evil");
    expect(en[2]![4]).toBe("'-name");
  });
});
