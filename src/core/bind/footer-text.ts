import { foldText } from '../text/fold-text.js';

/**
 * Beginnings of the texts official forms put below a table: signature blocks, dates, notes,
 * totals. A row holding one is not data (spec §3.2), and neither is what follows it.
 */
const FOOTER_STARTS = [
  'nguoi lap',
  'nguoi ky',
  'nguoi kiem tra',
  'thu truong',
  'ke toan',
  'giam doc',
  'chu tich',
  'pho chu tich',
  'ky ten',
  'ky ghi ro',
  'ky va ghi ro',
  'ky dong dau',
  'xac nhan',
  'noi nhan',
  'ghi chu',
  'chu thich',
  'chu y',
  'luu y',
  'nguon',
  'tm ',
  'kt ',
  'prepared by',
  'approved by',
  'signature',
  'note',
  'notes',
  'source',
];

const TOTAL_TEXTS = new Set(['tong', 'tong cong', 'cong', 'total', 'ca nuoc', 'toan quoc']);

/** "…, ngày 15 tháng 3 năm 2026", "15/03/2026". */
const DATE_PATTERN = /ngay\s*\S*\s*thang\s*\S*\s*nam|^\d{1,2}\s\d{1,2}\s\d{4}$/;

/** A folded text that is one of FOOTER_STARTS (trimmed) or begins with one. */
const FOOTER_START = new RegExp(
  `^(?:${FOOTER_STARTS.join('|')})|^(?:${FOOTER_STARTS.map((start) => start.trim()).join('|')})$`,
);

export function isFooterText(text: string): boolean {
  const folded = foldText(text);
  if (folded === '') return false;
  return DATE_PATTERN.test(folded) || FOOTER_START.test(folded);
}

/** A totals row ("Tổng cộng", "Cả nước"): not an entity or an indicator. */
export function isTotalText(text: string): boolean {
  return TOTAL_TEXTS.has(foldText(text));
}
