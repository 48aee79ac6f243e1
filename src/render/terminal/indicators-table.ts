import Table from 'cli-table3';
import type { Lang } from '../../core/findings/finding.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { hasDirection, typeWords } from '../formats/indicator-words.js';
import { indicatorsScoringText, num } from './indicators-scoring-text.js';
import { plainStyle, type TextStyle } from './text-style.js';

const LABELS = {
  vi: {
    head: ['Mã', 'Tên', 'Kiểu', 'Hướng', 'Điểm', 'Cách chấm'],
    higher: 'cao hơn',
    lower: 'thấp hơn',
    summary: (scored: number, info: number, points: string, missing: string) =>
      `${scored} chỉ số chấm điểm, ${info} chỉ số thông tin, tổng ${points} điểm; chỉ số không báo cáo: ${missing}.`,
  },
  en: {
    head: ['Code', 'Name', 'Type', 'Better', 'Points', 'Scoring'],
    higher: 'higher',
    lower: 'lower',
    summary: (scored: number, info: number, points: string, missing: string) =>
      `${scored} scored indicators, ${info} info, ${points} points in all; not reported: ${missing}.`,
  },
} as const;

/**
 * `smartcity indicators`: the whole set as one table, groups as bold rows indented by level and
 * their indicators below them, then a one-line summary.
 */
export function indicatorsTable(
  set: ResolvedSet,
  lang: Lang,
  style: TextStyle = plainStyle,
): string {
  const labels = LABELS[lang];
  const table = new Table({
    head: labels.head.map((text) => style.bold(text)),
    colWidths: [null, 48, null, null, null, 36],
    wordWrap: true,
    // cli-table3 colours headers red by default; colour is decided by the CLI, not by the table.
    style: { head: [], border: [] },
    // No rule between rows: a set has 50+ of them, and the indentation already shows the tree.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  const byCode = new Map(set.indicators.map((indicator) => [indicator.code, indicator]));
  for (const group of set.groups) {
    const indent = '  '.repeat(group.level - 1);
    table.push([
      style.bold(`${indent}${group.code}`),
      style.bold(group.name[lang]),
      '',
      '',
      { content: style.bold(num(group.points, lang)), hAlign: 'right' },
      '',
    ]);
    for (const code of group.indicators) {
      const indicator = byCode.get(code);
      if (!indicator) continue;
      const info = indicator.scoring.method === 'info';
      table.push([
        `${indent}  ${indicator.code}`,
        indicator.name[lang],
        indicator.unit && indicator.unit !== '%'
          ? `${typeWords(indicator.type, lang)} (${indicator.unit})`
          : typeWords(indicator.type, lang),
        hasDirection(indicator) ? labels[indicator.direction] : '',
        { content: info ? '—' : num(indicator.points, lang), hAlign: 'right' },
        indicatorsScoringText(indicator.scoring, indicator.direction, lang),
      ]);
    }
  }
  const scored = set.indicators.filter((indicator) => indicator.scoring.method !== 'info').length;
  const sum = set.indicators.reduce((total, indicator) => total + indicator.points, 0);
  const header = `${style.bold(`${set.id} ${set.version}`)} — ${set.title[lang]}`;
  const summary = labels.summary(
    scored,
    set.indicators.length - scored,
    num(sum, lang),
    set.missing,
  );
  return `${header}\n${table.toString()}\n${summary}\n`;
}
