import type { Lang } from '../../core/findings/finding.js';

/**
 * Words that the terminal tables, the HTML pages and the workbooks all print for the same thing
 * (column heads, yes/no), written once so the three outputs cannot drift apart. One record per
 * word keeps its two languages side by side.
 */
const WORDS = {
  rank: { vi: 'Hạng', en: 'Rank' },
  entity: { vi: 'Đơn vị', en: 'Entity' },
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  points: { vi: 'Điểm', en: 'Points' },
  index: { vi: 'Chỉ số tổng hợp', en: 'Index' },
  rating: { vi: 'Xếp loại', en: 'Rating' },
  coverage: { vi: 'Độ phủ số liệu', en: 'Coverage' },
  gap: { vi: 'Khoảng cách', en: 'Gap' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
} satisfies Record<string, Record<Lang, string>>;

export type ColumnWords = Record<keyof typeof WORDS, string>;

function inLanguage(lang: Lang): ColumnWords {
  const entries = Object.entries(WORDS).map(([key, word]) => [key, word[lang]]);
  return Object.fromEntries(entries) as ColumnWords;
}

const BY_LANG: Record<Lang, ColumnWords> = { vi: inLanguage('vi'), en: inLanguage('en') };

export function columnWords(lang: Lang): ColumnWords {
  return BY_LANG[lang];
}
