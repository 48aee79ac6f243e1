import type { Lang } from '../../core/findings/finding.js';
import type { ValidateSummary } from './validate-summary.js';

const WORDS = {
  vi: {
    title: 'Kiểm tra dữ liệu smartcity',
    file: 'Tệp',
    entities: 'Đơn vị',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    result: 'Kết quả',
    total: 'Tổng',
    valid: '✅ hợp lệ',
    invalid: '❌ không hợp lệ',
    strict: '`--strict`: cảnh báo tính là lỗi.',
  },
  en: {
    title: 'smartcity data check',
    file: 'File',
    entities: 'Entities',
    errors: 'Errors',
    warnings: 'Warnings',
    result: 'Result',
    total: 'Total',
    valid: '✅ valid',
    invalid: '❌ invalid',
    strict: '`--strict`: warnings count as errors.',
  },
} as const;

/** A table cell: `|` would end the cell and a line break the row; Markdown is escaped. */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

/**
 * The Markdown appended to `$GITHUB_STEP_SUMMARY` under `validate --format github` (spec §11): a
 * table of the files (by the path given, as the annotations name them) with their entities,
 * errors and warnings, a total row, and the verdict.
 */
export function validateStepSummary(summary: ValidateSummary, lang: Lang): string {
  const w = WORDS[lang];
  const verdict = (valid: boolean) => (valid ? w.valid : w.invalid);
  const rows = summary.files.map(
    (file) =>
      `| ${cell(file.path)} | ${file.entities.length} | ${file.errors} | ${file.warnings} | ${verdict(file.valid)} |`,
  );
  const entities = summary.files.reduce((sum, file) => sum + file.entities.length, 0);
  return [
    `### ${w.title}`,
    '',
    `| ${w.file} | ${w.entities} | ${w.errors} | ${w.warnings} | ${w.result} |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
    `| **${w.total}: ${summary.files.length}** | **${entities}** | **${summary.errors}** | **${summary.warnings}** | **${verdict(summary.valid)}** |`,
    ...(summary.strict ? ['', w.strict] : []),
    '',
    '',
  ].join('\n');
}
