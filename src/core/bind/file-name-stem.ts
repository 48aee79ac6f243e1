import { foldText } from '../text/fold-text.js';

/** Words a file name carries besides the province: "bao-cao-dong-nai-2025.xlsx". */
const NOISE_WORDS = [
  'bao cao',
  'so lieu',
  'du lieu',
  'bieu mau',
  'chi so',
  'do thi thong minh',
  'submission',
  'report',
  'data',
  'final',
  'ban cuoi',
  'nop',
  'v\\d+',
  'ban \\d+',
  'copy',
];

/**
 * Words that stand before a province's name ("tinh-dong-nai", "tp-hcm"). They are dropped only
 * where a name follows: "Hà Tĩnh" folds to "ha tinh", and "ha-tinh_2025.csv" must stay Hà Tĩnh.
 */
const TITLE_BEFORE_NAME = / (?:tinh|thanh pho|tp)(?= [^ ])/g;

/** The file's base name without its extension: "Đồng Nai.xlsx" → "Đồng Nai". */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).normalize('NFC');
}

/**
 * The province a file name probably names (spec §3.3): camel case split ("DongNai" →
 * "Dong Nai"), separators as spaces, numbers and words like "bao cao" dropped.
 */
export function provinceFromFileName(file: string): string {
  const stem = fileStem(file)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.+()[\]]+/g, ' ');
  let folded = ` ${foldText(stem)} `;
  folded = folded.replace(/(?<!\d)\d{4}(?!\d)/g, ' ');
  for (const word of NOISE_WORDS) {
    folded = folded.replace(new RegExp(` ${word}(?= )`, 'g'), ' ');
  }
  // A number left on its own is a form or version number ("bieu-mau-01"), not a province code.
  folded = folded.replace(/ \d{1,3}(?= )/g, ' ');
  const cleaned = ` ${folded.replace(/\s+/g, ' ').trim()}`.replace(TITLE_BEFORE_NAME, '').trim();
  // Keep the original diacritics when nothing was removed: "Đồng Nai.xlsx" resolves exactly.
  return foldText(stem) === cleaned ? stem.trim() : cleaned;
}
