import type { Lang } from '../../core/findings/finding.js';
import { indicatorsOf } from '../../core/score/entity-view.js';
import type { Report } from '../../core/score/report.js';
import { roundedNumberText } from './rounded-number-text.js';

export interface ReportCsvOptions {
  lang: Lang;
}

const COLUMNS = [
  'entity',
  'province_code',
  'year',
  'code',
  'name',
  'group',
  'value',
  'status',
  'achievement',
  'points',
  'max_points',
  'points_lost',
  'gap',
  'band',
  'evidence',
] as const;

/** A cell: text (guarded against formula injection), text that must stay text, or a number. */
type Cell = { text: string } | { code: string } | number | null;

/**
 * The indicator rows of every entity as one CSV table (spec §4.2): comma-separated, CRLF line
 * ends (RFC 4180, and what Excel writes), UTF-8 with a BOM so Excel picks the encoding, numbers
 * rounded to 6 decimals. Texts pass through `csvCell`, which defuses formula triggers.
 */
export function reportCsv(report: Report, options: ReportCsvOptions): string {
  return [...reportCsvChunks(report, options)].join('');
}

/** The same text line by line: what the CLI writes, so a large report is never one string. */
export function* reportCsvChunks(report: Report, options: ReportCsvOptions): Generator<string> {
  const byCode = new Map(report.set.indicators.map((i) => [i.code, i]));
  yield `\uFEFF${COLUMNS.join(',')}\r\n`;
  for (const entity of report.entities) {
    // Built from the score columns for this entity only (entity-view.ts), then dropped.
    for (const score of indicatorsOf(entity)) {
      const indicator = byCode.get(score.code);
      const value = score.value;
      const cells: Cell[] = [
        { text: entity.label },
        entity.province === null ? null : { code: entity.province.code },
        entity.year,
        { text: score.code },
        { text: indicator === undefined ? '' : indicator.name[options.lang] },
        { text: indicator?.path.at(-1) ?? '' },
        typeof value === 'boolean' ? { text: value ? 'true' : 'false' } : value,
        { text: score.status },
        score.achievement,
        score.points,
        score.maxPoints,
        score.pointsLost,
        score.gap,
        score.band === null ? null : { text: score.band },
        score.evidence === null ? null : { text: score.evidence },
      ];
      yield `${cells.map(renderCell).join(',')}\r\n`;
    }
  }
}

function renderCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? roundedNumberText(cell) : '';
  // Province codes are always quoted: a hint to CSV readers that "01" is text, not the number 1.
  if ('code' in cell) return `"${cell.code.replace(/"/g, '""')}"`;
  return csvCell(cell.text);
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection), including
 * the full-width forms Excel also accepts, and tab/CR/LF which can start one after trimming.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

/**
 * One string field: prefixed with `'` when it starts with a formula trigger (so Excel shows it as
 * text and never evaluates it), then quoted per RFC 4180 when it holds a comma, quote, CR or LF.
 * Numbers never come here: a negative number is written as a number, unprefixed.
 */
export function csvCell(text: string): string {
  const first = text.charAt(0);
  const safe = FORMULA_TRIGGERS.has(first) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
