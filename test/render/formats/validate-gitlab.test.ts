import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { validateGitlab } from '../../../src/render/formats/validate-gitlab.js';
import { summaryOf } from '../../helpers/validate-summary-of.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const issuesOf = (...args: Parameters<typeof summaryOf>) =>
  JSON.parse(validateGitlab(summaryOf(...args), 'en')) as Issue[];

const notANumber = (value: string, line: number, file = 'a.csv') =>
  makeFinding('DATA_NOT_A_NUMBER', { value }, { file, line, column: 2 }, { value });
const label = makeFinding('PROVINCE_FROM_FILE_NAME', { name: 'a' }, { file: 'a.csv' });

describe('validateGitlab', () => {
  it('one issue per finding: description, check name, severity, path and line', () => {
    const cell = makeFinding(
      'DATA_NOT_A_NUMBER',
      { value: 'mười' },
      { file: 'nộp/b.xlsx', sheet: 'Số liệu', row: 12, column: 'D' },
    );
    const note = makeFinding(
      'DATA_UNKNOWN_COLUMN',
      { value: 'Ghi chú' },
      { file: 'a.csv', line: 1, column: 5 },
    );
    const issues = issuesOf([
      { file: 'a.csv', findings: [notANumber('x', 3), label, note] },
      { file: 'nộp/b.xlsx', findings: [cell] },
    ]);
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(issues.map(({ fingerprint: _, ...rest }) => rest)).toEqual([
      {
        description: 'The value "x" is not a number.',
        check_name: 'DATA_NOT_A_NUMBER',
        severity: 'major',
        location: { path: 'a.csv', lines: { begin: 3 } },
      },
      {
        description:
          'No province found; the file name "a" is used as the label (use --province or add a Tỉnh column).',
        check_name: 'PROVINCE_FROM_FILE_NAME',
        severity: 'minor',
        location: { path: 'a.csv', lines: { begin: 1 } },
      },
      {
        description: 'Ignored the unrecognised column "Ghi chú".',
        check_name: 'DATA_UNKNOWN_COLUMN',
        severity: 'info',
        location: { path: 'a.csv', lines: { begin: 1 } },
      },
      {
        description: 'Số liệu!D12: The value "mười" is not a number.',
        check_name: 'DATA_NOT_A_NUMBER',
        severity: 'major',
        location: { path: 'nộp/b.xlsx', lines: { begin: 12 } },
      },
    ]);
  });

  it('fingerprints are unique, twins included, and do not move when others come and go', () => {
    const twin = makeFinding('PROVINCE_FROM_FILE_NAME', { name: 'a' }, { file: 'a.csv' });
    const all = issuesOf([
      { file: 'a.csv', findings: [notANumber('x', 3), label, twin, notANumber('y', 4)] },
    ]);
    const prints = all.map((issue) => issue.fingerprint);
    expect(new Set(prints).size).toBe(4);
    // Dropping the first finding leaves the others' fingerprints as they were.
    const fewer = issuesOf([{ file: 'a.csv', findings: [label, twin, notANumber('y', 4)] }]);
    expect(fewer.map((issue) => issue.fingerprint)).toEqual(prints.slice(1));
    // The language of the message is not part of it.
    const vi = JSON.parse(
      validateGitlab(summaryOf([{ file: 'a.csv', findings: [notANumber('x', 3)] }]), 'vi'),
    ) as Issue[];
    expect(vi[0]!.fingerprint).toBe(prints[0]);
  });

  it('the same finding in another file, cell or value has another fingerprint', () => {
    const [base, otherFile, otherLine, otherValue] = [
      notANumber('x', 3),
      notANumber('x', 3, 'b.csv'),
      notANumber('x', 4),
      notANumber('z', 3),
    ].map((finding) => issuesOf([{ file: finding.file!, findings: [finding] }])[0]!.fingerprint);
    expect(new Set([base, otherFile, otherLine, otherValue]).size).toBe(4);
  });
});
