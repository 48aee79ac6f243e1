import Table from 'cli-table3';
import type { Lang } from '../../core/findings/finding.js';
import { provinceRegistry } from '../../core/province/province-registry.js';
import type { ProvinceUnit } from '../../core/province/province-unit.js';
import { plainStyle, type TextStyle } from './text-style.js';

export interface ProvincesTableOptions {
  lang: Lang;
  /** Which era was asked for: pre-2025 and all add the successor column, all the era column. */
  era: '2025' | 'pre-2025' | 'all';
  style?: TextStyle;
}

const LABELS = {
  vi: {
    code: 'Mã',
    name: 'Tên',
    type: 'Loại',
    era: 'Thời kỳ',
    successor: 'Đơn vị kế thừa',
    province: 'tỉnh',
    city: 'thành phố',
    '2025': 'từ 2025-07-01',
    'pre-2025': 'trước 2025-07-01',
  },
  en: {
    code: 'Code',
    name: 'Name',
    type: 'Type',
    era: 'Era',
    successor: 'Successor',
    province: 'province',
    city: 'city',
    '2025': 'from 2025-07-01',
    'pre-2025': 'before 2025-07-01',
  },
} as const;

function successorText(unit: ProvinceUnit): string {
  if (unit.successor === null) return '';
  const successor = provinceRegistry.find(
    (candidate) => candidate.era === '2025' && candidate.code === unit.successor,
  );
  return successor === undefined ? unit.successor : `${successor.code} ${successor.name}`;
}

/** The province registry as a terminal table, headers in the user's language. */
export function provincesTable(
  units: readonly ProvinceUnit[],
  options: ProvincesTableOptions,
): string {
  const labels = LABELS[options.lang];
  const style = options.style ?? plainStyle;
  const withEra = options.era === 'all';
  const withSuccessor = options.era !== '2025';
  const head = [
    labels.code,
    labels.name,
    labels.type,
    ...(withEra ? [labels.era] : []),
    ...(withSuccessor ? [labels.successor] : []),
  ];
  // Colours come from TextStyle only, so cli-table3's own styling is switched off.
  const table = new Table({
    head: head.map((h) => style.bold(h)),
    style: { head: [], border: [], compact: true },
  });
  for (const unit of units) {
    table.push([
      unit.code,
      unit.name,
      labels[unit.type],
      ...(withEra ? [labels[unit.era]] : []),
      ...(withSuccessor ? [successorText(unit)] : []),
    ]);
  }
  return `${table.toString()}\n`;
}
