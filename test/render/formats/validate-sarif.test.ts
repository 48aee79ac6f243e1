import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { validateSarif } from '../../../src/render/formats/validate-sarif.js';
import { sarifSchemaErrors } from '../../helpers/sarif-schema.js';
import { summaryOf } from '../../helpers/validate-summary-of.js';

interface SarifLog {
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{
          id: string;
          shortDescription: { text: string };
          defaultConfiguration: { level: string };
        }>;
      };
    };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string };
          region?: { startLine: number; startColumn?: number };
        };
        logicalLocations?: Array<{ name: string }>;
      }>;
    }>;
  }>;
}

const schemaErrors = sarifSchemaErrors();

const sarif = (files: Parameters<typeof summaryOf>[0], lang: 'vi' | 'en' = 'en') => {
  const text = validateSarif(summaryOf(files), lang, '9.8.7');
  const log = JSON.parse(text) as SarifLog;
  expect(schemaErrors(log)).toEqual([]);
  return log.runs[0]!;
};

describe('validateSarif', () => {
  it('a workbook finding: row and column number, and a logical location Sheet!D12', () => {
    const cell = makeFinding(
      'DATA_NOT_A_NUMBER',
      { value: 'mười' },
      { file: 'nộp/đồng nai.xlsx', sheet: 'Số liệu', row: 12, column: 'D' },
    );
    const row = makeFinding(
      'DATA_ROWS_SKIPPED',
      { count: 1 },
      { file: 'nộp/đồng nai.xlsx', sheet: 'Số liệu', row: 30 },
    );
    const sheet = makeFinding(
      'DATA_ROWS_SKIPPED',
      { count: 2 },
      { file: 'nộp/đồng nai.xlsx', sheet: 'Số liệu' },
    );
    const run = sarif([{ file: 'nộp/đồng nai.xlsx', findings: [cell, row, sheet] }]);
    expect(run.tool.driver).toMatchObject({ name: 'smartcity', version: '9.8.7' });
    const [first, second, third] = run.results;
    expect(first!.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'n%E1%BB%99p/%C4%91%E1%BB%93ng%20nai.xlsx' },
        region: { startLine: 12, startColumn: 4 },
      },
      logicalLocations: [{ name: 'Số liệu!D12' }],
    });
    expect(decodeURIComponent(first!.locations[0]!.physicalLocation.artifactLocation.uri)).toBe(
      'nộp/đồng nai.xlsx',
    );
    expect(second!.locations[0]!.physicalLocation.region).toEqual({ startLine: 30 });
    expect(second!.locations[0]!.logicalLocations).toEqual([{ name: 'Số liệu!30:30' }]);
    expect(third!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'n%E1%BB%99p/%C4%91%E1%BB%93ng%20nai.xlsx' },
    });
    expect(third!.locations[0]!.logicalLocations).toEqual([{ name: 'Số liệu' }]);
  });

  it('a CSV finding: line and field; without a line, no region; levels and one rule per code', () => {
    const bad = makeFinding(
      'DATA_NOT_A_NUMBER',
      { value: 'x' },
      { file: 'a.csv', line: 3, column: 2 },
    );
    const again = makeFinding(
      'DATA_NOT_A_NUMBER',
      { value: 'y' },
      { file: 'a.csv', line: 4, column: 2 },
    );
    const label = makeFinding('PROVINCE_FROM_FILE_NAME', { name: 'a' }, { file: 'a.csv' });
    const skipped = makeFinding(
      'DATA_UNKNOWN_COLUMN',
      { value: 'Ghi chú' },
      { file: 'a.csv', line: 1, column: 5 },
    );
    const run = sarif([
      { file: 'a.csv', entities: [['a', null]], findings: [bad, label, again, skipped] },
    ]);
    expect(run.tool.driver.rules).toEqual([
      {
        id: 'DATA_NOT_A_NUMBER',
        shortDescription: { text: 'The value "{{value}}" is not a number.' },
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'PROVINCE_FROM_FILE_NAME',
        shortDescription: {
          text: 'No province found; the file name "{{name}}" is used as the label (use --province or add a Tỉnh column).',
        },
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'DATA_UNKNOWN_COLUMN',
        shortDescription: { text: 'Ignored the unrecognised column "{{value}}".' },
        defaultConfiguration: { level: 'note' },
      },
    ]);
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['DATA_NOT_A_NUMBER', 0, 'error'],
      ['PROVINCE_FROM_FILE_NAME', 1, 'warning'],
      ['DATA_NOT_A_NUMBER', 0, 'error'],
      ['DATA_UNKNOWN_COLUMN', 2, 'note'],
    ]);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'a.csv' },
      region: { startLine: 3, startColumn: 2 },
    });
    expect(run.results[0]!.locations[0]!.logicalLocations).toBeUndefined();
    expect(run.results[1]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'a.csv' },
    });
  });

  it('braces in messages are doubled, as SARIF requires of literal braces', () => {
    const finding = makeFinding('DATA_NOT_A_NUMBER', { value: '{0}' }, { file: 'a.csv', line: 2 });
    const yaml = makeFinding(
      'SET_EXPECTED_LOCALIZED',
      { field: 'name', value: '3' },
      { file: 'set.yaml', line: 4, column: 3 },
    );
    const run = sarif([{ file: 'a.csv', findings: [finding, yaml] }], 'vi');
    expect(run.results[0]!.message.text).toBe('Giá trị "{{0}}" không phải là số.');
    expect(run.tool.driver.rules[1]!.shortDescription.text).toBe(
      '"{{field}}" phải là văn bản hoặc {{ vi: "…", en: "…" }}, nhưng là {{value}}.',
    );
  });

  it('paths become URI references: encoded, relative stays relative, absolute is file:', () => {
    const at = (file: string) => makeFinding('FILE_EMPTY', {}, { file });
    const run = sarif([
      { file: 'wide, 2025: odd.csv', findings: [at('wide, 2025: odd.csv')] },
      { file: '/srv/nộp/a b.csv', findings: [at('/srv/nộp/a b.csv')] },
      { file: 'C:\\nộp\\a.csv', findings: [at('C:\\nộp\\a.csv')] },
      { file: '100%.csv', findings: [at('100%.csv')] },
    ]);
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'wide%2C%202025%3A%20odd.csv',
      'file:///srv/n%E1%BB%99p/a%20b.csv',
      'file:///C:/n%E1%BB%99p/a.csv',
      '100%25.csv',
    ]);
  });

  it('no findings: an empty run that is still valid SARIF', () => {
    const run = sarif([{ file: 'ok.csv', entities: [['Huế', '46']], findings: [] }]);
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
  });
});
