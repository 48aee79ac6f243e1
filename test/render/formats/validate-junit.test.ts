import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { validateJunit } from '../../../src/render/formats/validate-junit.js';
import { summaryOf } from '../../helpers/validate-summary-of.js';
import { childrenNamed, parseXml, type XmlElement } from '../../helpers/xml-tree.js';

const notANumber = (value: string, line: number, province: string | null = null) =>
  makeFinding(
    'DATA_NOT_A_NUMBER',
    { value },
    { file: 'data/wide.csv', line, column: 3 },
    { value, province },
  );

const fraction = makeFinding(
  'DATA_LOOKS_LIKE_FRACTION',
  { indicator: 'HT.01', target: 80 },
  { file: 'data/wide.csv', line: 2, column: 2 },
);

const wideFile = {
  file: 'data/wide.csv',
  entities: [
    ['Đồng Nai', '75'],
    ['Hà Nội', '01'],
  ] as Array<[string, string | null]>,
  findings: [notANumber('mười', 3, '01'), notANumber('x', 2, '75'), fraction],
};

const suites = (xml: string) => childrenNamed(parseXml(xml), 'testsuite');
const cases = (suite: XmlElement) => childrenNamed(suite, 'testcase');
const failures = (testcase: XmlElement) => childrenNamed(testcase, 'failure');
const systemOut = (testcase: XmlElement) => childrenNamed(testcase, 'system-out')[0]?.text;

describe('validateJunit', () => {
  it('one suite per file, one case per entity; a finding goes under its province', () => {
    const summary = summaryOf([
      wideFile,
      { file: 'ok.csv', entities: [['Huế', '46']], findings: [] },
    ]);
    const root = parseXml(validateJunit(summary, 'en'));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '4', failures: '2', errors: '0' });
    const [wide, ok] = childrenNamed(root, 'testsuite');
    expect(wide!.attributes).toMatchObject({ name: 'data/wide.csv', tests: '3', failures: '2' });
    // The warning names no province: a case for the file, listed first, holds it.
    const [whole, dongNai, haNoi] = cases(wide!);
    expect(whole!.attributes).toEqual({ name: 'data/wide.csv', classname: 'data/wide.csv' });
    expect(failures(whole!)).toEqual([]);
    expect(systemOut(whole!)).toBe(
      'warning DATA_LOOKS_LIKE_FRACTION: Every value of HT.01 lies in (0, 1] while the target is ' +
        '80%: they look like fractions, not percents (values kept). at data/wide.csv:2:2',
    );
    expect(dongNai!.attributes).toEqual({ name: 'Đồng Nai', classname: 'data/wide.csv' });
    expect(failures(dongNai!).map((f) => f.attributes.message)).toEqual([
      'DATA_NOT_A_NUMBER: The value "x" is not a number. at data/wide.csv:2:3',
    ]);
    expect(failures(haNoi!).map((f) => [f.attributes.type, f.text])).toEqual([
      [
        'DATA_NOT_A_NUMBER',
        'DATA_NOT_A_NUMBER: The value "mười" is not a number. at data/wide.csv:3:3',
      ],
    ]);
    const props = childrenNamed(childrenNamed(wide!, 'properties')[0]!, 'property');
    expect(props.map((p) => [p.attributes.name, p.attributes.value])).toEqual([
      ['errors', '2'],
      ['warnings', '1'],
    ]);
    expect(ok!.attributes).toMatchObject({ name: 'ok.csv', tests: '1', failures: '0' });
    expect(cases(ok!)[0]!.children).toEqual([]);
  });

  it('--strict makes each warning a failure', () => {
    const [wide] = suites(validateJunit(summaryOf([wideFile], true), 'en'));
    expect(wide!.attributes).toMatchObject({ tests: '3', failures: '3' });
    expect(failures(cases(wide!)[0]!).map((f) => f.attributes.type)).toEqual([
      'DATA_LOOKS_LIKE_FRACTION',
    ]);
  });

  it('a file without entities is one case named after the file; vi says "tại"', () => {
    const unreadable = makeFinding('FILE_EMPTY', {}, { file: 'trống.csv' });
    const [suite] = suites(
      validateJunit(summaryOf([{ file: 'trống.csv', findings: [unreadable] }]), 'vi'),
    );
    expect(cases(suite!).map((c) => c.attributes.name)).toEqual(['trống.csv']);
    expect(failures(cases(suite!)[0]!)[0]!.attributes.message).toMatch(
      /^FILE_EMPTY: .+ tại trống\.csv$/,
    );
  });

  it('two entities of one province share no findings: those go to the file', () => {
    const [suite] = suites(
      validateJunit(
        summaryOf([
          {
            file: 'data/wide.csv',
            entities: [
              ['Đồng Nai 2024', '75'],
              ['Đồng Nai 2025', '75'],
            ],
            findings: [notANumber('x', 2, '75')],
          },
        ]),
        'en',
      ),
    );
    expect(cases(suite!).map((c) => [c.attributes.name, failures(c).length])).toEqual([
      ['data/wide.csv', 1],
      ['Đồng Nai 2024', 0],
      ['Đồng Nai 2025', 0],
    ]);
  });

  it('escapes what XML cannot hold: markup, quotes, line breaks, control characters, "]]>"', () => {
    const nasty = 'a<b>&"c"]]>\u0001\u001f\uFFFE\uD800\td\ne';
    const finding = makeFinding(
      'DATA_NOT_A_NUMBER',
      { value: nasty },
      { file: 'x&y <1>.csv', line: 2, column: 1 },
    );
    const xml = validateJunit(
      summaryOf([{ file: 'x&y <1>.csv', entities: [[nasty, null]], findings: [finding] }]),
      'en',
    );
    expect(xml).not.toContain(']]>');
    const [suite] = suites(xml);
    expect(suite!.attributes.name).toBe('x&y <1>.csv');
    const testcase = cases(suite!)[0]!;
    const clean = 'a<b>&"c"]]>\uFFFD\uFFFD\uFFFD\uFFFD\td\ne';
    expect(testcase.attributes.name).toBe(clean);
    const expected = `DATA_NOT_A_NUMBER: The value "${clean}" is not a number. at x&y <1>.csv:2:1`;
    // Tab and line break survive in the attribute as character references.
    expect(failures(testcase)[0]!.attributes.message).toBe(expected);
    expect(failures(testcase)[0]!.text).toBe(expected);
  });
});
