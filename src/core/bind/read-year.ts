import type { RawValue } from '../table/raw-table.js';

export type YearRead = { kind: 'year'; year: number } | { kind: 'invalid' } | { kind: 'empty' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * A reporting year from a cell or label: a whole number 1900–2100, or the one four-digit year
 * inside a text ("Năm 2025", "2025-Q3", "6 tháng đầu năm 2025").
 */
export function readYear(value: RawValue): YearRead {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR
      ? { kind: 'year', year: value }
      : { kind: 'invalid' };
  }
  if (typeof value === 'boolean') return { kind: 'invalid' };
  const text = value.trim();
  if (text === '') return { kind: 'empty' };
  const years = [...text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1]));
  const distinct = [...new Set(years)];
  if (distinct.length !== 1) return { kind: 'invalid' };
  const year = distinct[0]!;
  return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: 'year', year } : { kind: 'invalid' };
}

/** A 19xx/20xx year in a file name ("dong-nai_2025.csv"), or null. */
export function yearFromFileName(file: string): number | null {
  const years = [...file.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0]! : null;
}
