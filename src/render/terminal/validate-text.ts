import type { Lang } from '../../core/findings/finding.js';
import { findingsText } from './findings-text.js';
import { plainStyle, type TextStyle } from './text-style.js';
import type { FileSummary, ValidateSummary } from '../formats/validate-summary.js';

const WORDS = {
  vi: {
    valid: 'hợp lệ',
    invalid: 'không hợp lệ',
    long: 'dạng dọc',
    wide: 'dạng ngang',
    none: 'không đọc được bảng',
    entities: (n: number) => `${n} đơn vị`,
    errors: (n: number) => `${n} lỗi`,
    warnings: (n: number) => `${n} cảnh báo`,
    files: (n: number) => `${n} tệp`,
    strict: ' (--strict: cảnh báo tính là lỗi)',
    coverage: (reported: number, scored: number, share: string) =>
      `${reported}/${scored} chỉ số có số liệu (độ phủ ${share.replace('.', ',')}%)`,
    more: (n: number) => `… và ${n} đơn vị khác (--format json liệt kê tất cả)`,
  },
  en: {
    valid: 'valid',
    invalid: 'invalid',
    long: 'long layout',
    wide: 'wide layout',
    none: 'no table read',
    entities: (n: number) => `${n} ${n === 1 ? 'entity' : 'entities'}`,
    errors: (n: number) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    files: (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`,
    strict: ' (--strict: warnings count as errors)',
    coverage: (reported: number, scored: number, share: string) =>
      `${reported}/${scored} indicators with data (coverage ${share}%)`,
    more: (n: number) => `… and ${n} more (--format json lists them all)`,
  },
} as const;

/** At most this many entity labels are named in a file's summary line. */
const LABELS_SHOWN = 5;

function fileLine(file: FileSummary, lang: Lang, style: TextStyle): string {
  const w = WORDS[lang];
  const verdict = file.valid ? style.green(w.valid) : style.red(w.invalid);
  const layout = file.layout === null ? w.none : w[file.layout];
  const shown = file.entities.slice(0, LABELS_SHOWN).join(', ');
  const more = file.entities.length > LABELS_SHOWN ? ', …' : '';
  const entities =
    file.layout === null
      ? ''
      : `, ${w.entities(file.entities.length)}${shown ? ` (${shown}${more})` : ''}`;
  return `${style.bold(file.path)}: ${verdict} — ${layout}${entities}; ${w.errors(file.errors)}, ${w.warnings(file.warnings)}\n`;
}

/** At most this many entities' coverage lines per file; JSON has every one. */
const COVERAGE_SHOWN = 40;

/** "  Đồng Nai: 48/50 chỉ số có số liệu (độ phủ 95,0%)", one line per entity (spec §7). */
function coverageLines(file: FileSummary, lang: Lang): string {
  const w = WORDS[lang];
  let out = '';
  for (const c of file.coverage.slice(0, COVERAGE_SHOWN)) {
    out += `  ${c.entity}: ${w.coverage(c.reported, c.scored, (c.coverage * 100).toFixed(1))}\n`;
  }
  if (file.coverage.length > COVERAGE_SHOWN) {
    out += `  ${w.more(file.coverage.length - COVERAGE_SHOWN)}\n`;
  }
  return out;
}

/**
 * `validate --format text`: one line per finding (`file › Sheet!E12  error CODE  message`),
 * then one summary line per file and a total. With `quiet`, info findings and the per-file
 * lines are left out.
 */
export function validateText(
  summary: ValidateSummary,
  lang: Lang,
  style: TextStyle = plainStyle,
  quiet = false,
): string {
  const w = WORDS[lang];
  let out = '';
  for (const file of summary.files) {
    const shown = quiet ? file.findings.filter((f) => f.severity !== 'info') : file.findings;
    out += findingsText(shown, lang, style);
  }
  if (!quiet) {
    for (const file of summary.files)
      out += fileLine(file, lang, style) + coverageLines(file, lang);
  }
  const verdict = summary.valid ? style.green(w.valid) : style.red(w.invalid);
  out += `${w.files(summary.files.length)}: ${w.errors(summary.errors)}, ${w.warnings(summary.warnings)} — ${verdict}${summary.strict ? w.strict : ''}\n`;
  return out;
}
