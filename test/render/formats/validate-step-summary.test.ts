import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { validateStepSummary } from '../../../src/render/formats/validate-step-summary.js';
import { summaryOf } from '../../helpers/validate-summary-of.js';

const bad = makeFinding('DATA_NOT_A_NUMBER', { value: 'x' }, { file: 'a|b.csv', line: 2 });
const warn = makeFinding('PROVINCE_FROM_FILE_NAME', { name: 'ok' }, { file: 'ok.csv' });

describe('validateStepSummary', () => {
  const files = [
    {
      file: 'a|b.csv',
      entities: [
        ['Huế', '46'],
        ['Hà Nội', '01'],
      ] as Array<[string, string | null]>,
      findings: [bad],
    },
    {
      file: 'ok.csv',
      entities: [['ok', null]] as Array<[string, string | null]>,
      findings: [warn],
    },
  ];

  it('a Markdown table of files, entities, errors and warnings, with a total', () => {
    expect(validateStepSummary(summaryOf(files), 'en')).toBe(
      '### smartcity data check\n\n' +
        '| File | Entities | Errors | Warnings | Result |\n' +
        '| --- | ---: | ---: | ---: | --- |\n' +
        '| a\\|b.csv | 2 | 1 | 0 | ❌ invalid |\n' +
        '| ok.csv | 1 | 0 | 1 | ✅ valid |\n' +
        '| **Total: 2** | **3** | **1** | **1** | **❌ invalid** |\n\n',
    );
  });

  it('in Vietnamese, and saying when warnings count as errors', () => {
    const text = validateStepSummary(summaryOf(files, true), 'vi');
    expect(text).toContain('| Tệp | Đơn vị | Lỗi | Cảnh báo | Kết quả |');
    expect(text).toContain('| ok.csv | 1 | 0 | 1 | ❌ không hợp lệ |');
    expect(text).toContain('`--strict`: cảnh báo tính là lỗi.');
  });
});
