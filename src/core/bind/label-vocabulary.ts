/**
 * Words that name the province or the year, in folded form (lower case, no diacritics, đ → d,
 * punctuation as spaces). One list serves both places they appear — a column header of a table
 * and a "Label: value" line of a form — so a spelling accepted in one is accepted in the other.
 */
export const labelVocabulary = {
  province: [
    'tinh',
    'tinh thanh pho',
    'tinh tp',
    'ten tinh',
    'ten tinh thanh pho',
    'thanh pho',
    'province',
    'province name',
    'province city',
  ],
  year: ['nam', 'nam bao cao', 'ky bao cao', 'year', 'reporting year'],
} as const;
