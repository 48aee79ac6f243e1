import { foldText } from './fold-text.js';

/** Long enough for any unit's name; keeps `<code>-<slug>.report.xlsx` far below 255 bytes. */
const MAX_SLUG = 60;

/**
 * A name as a file-name part (spec §7 `--split`): folded (marks stripped, đ → d, lower case), every
 * run of anything but an ASCII letter or digit turned into one `-`, no `-` at either end.
 * "Đồng Nai" → "dong-nai", "TP. Hồ Chí Minh" → "tp-ho-chi-minh". A name with nothing left (only
 * symbols or a script without Latin letters) gives "" — the caller picks a fallback.
 */
export function fileSlug(name: string): string {
  const slug = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}
