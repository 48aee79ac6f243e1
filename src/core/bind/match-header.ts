import { foldText } from '../text/fold-text.js';
import type { HeaderField } from './header-field.js';
import { labelVocabulary } from './label-vocabulary.js';

/**
 * Accepted headers (spec §3.2), in folded form: lower case, no diacritics, đ → d, punctuation
 * as spaces. Vietnamese and English spellings of the official templates and common variants.
 */
const HEADER_ALIASES: ReadonlyArray<readonly [HeaderField, readonly string[]]> = [
  [
    'indicator-code',
    ['ma', 'ma chi so', 'ma chi tieu', 'ma so', 'code', 'indicator code', 'id chi so'],
  ],
  [
    'indicator-name',
    ['chi so', 'ten chi so', 'ten chi tieu', 'indicator', 'indicator name', 'noi dung'],
  ],
  [
    'value',
    [
      'gia tri',
      'ket qua',
      'so lieu',
      'value',
      'gia tri thuc hien',
      'ket qua thuc hien',
      'gia tri bao cao',
      'so lieu bao cao',
      'thuc hien',
      'result',
    ],
  ],
  ['numerator', ['tu so', 'numerator']],
  ['denominator', ['mau so', 'denominator']],
  ['evidence', ['tai lieu kiem chung', 'minh chung', 'evidence', 'tai lieu minh chung']],
  ['province-code', ['ma tinh', 'province code', 'ma tinh thanh pho', 'ma tinh tp']],
  [
    'province-name',
    [
      ...labelVocabulary.province,
      // The heading of the published national rankings (DTI, dti.gov.vn).
      'cac tinh thanh pho truc thuoc tw',
      'cac tinh thanh pho truc thuoc trung uong',
      'tinh thanh pho truc thuoc tw',
      'tinh thanh pho truc thuoc trung uong',
    ],
  ],
  ['reporting-unit', ['don vi']],
  ['entity-label', ['entity', 'don vi hanh chinh', 'xa phuong', 'id', 'label', 'ten don vi']],
  ['year', labelVocabulary.year],
  ['note', ['ghi chu', 'note', 'notes']],
  ['unit', ['don vi tinh', 'dvt', 'unit', 'don vi do']],
  [
    'info',
    [
      'linh vuc',
      'domain',
      'nhom',
      'nhom chi so',
      'group',
      'loai',
      'type',
      'chi tieu',
      'muc tieu',
      'target',
    ],
  ],
  ['ignored', ['stt', 'tt', 'no', 'so tt', 'so thu tu', '#']],
];

const HEADER_TABLE: ReadonlyMap<string, HeaderField> = new Map(
  HEADER_ALIASES.flatMap(([field, names]) => names.map((name) => [name, field] as const)),
);

/** "Giá trị (%)", "Năm*" → the part a person means; the bracketed part is a remark. */
function stripRemarks(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[*:]+/g, ' ');
}

/** The field a header names, or null when it is not one of the accepted headers. */
export function matchHeader(text: string): HeaderField | null {
  const folded = foldText(text);
  if (folded === '') return null;
  return HEADER_TABLE.get(folded) ?? HEADER_TABLE.get(foldText(stripRemarks(text))) ?? null;
}
