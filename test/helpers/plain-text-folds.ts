/**
 * foldText's and tidyText's documented steps, without any shortcut: the definitions the fast
 * paths in src/core/fold-text.ts are property-tested against.
 */
export const foldSlow = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\p{Cf}/gu, '')
    .replace(/[.,\-\u2010-\u2015\u2212_/'\u2018\u2019:;()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export const tidySlow = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
