import type { Lang } from '../../core/findings/finding.js';
import { htmlEscape } from './html-escape.js';

/**
 * The style sheet: system fonts only (nothing to fetch), one column that reads from 375 px, and
 * print rules for A4 with each section on its own page.
 */
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1a1a1a; background: #ffffff; }
main { max-width: 980px; margin: 0 auto; padding: 16px; }
header.report { border-bottom: 3px solid #1f4e79; margin-bottom: 8px; }
h1 { font-size: 1.6rem; line-height: 1.25; color: #1f4e79; margin: 8px 0; }
h2 { font-size: 1.25rem; color: #1f4e79; border-bottom: 1px solid #d9e1f2; padding-bottom: 4px; margin: 28px 0 12px; }
h3 { font-size: 1.05rem; margin: 16px 0 8px; }
p.meta { margin: 2px 0; color: #444444; }
figure { margin: 0 0 16px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
/* Charts keep their drawn size on a wide screen (their type stays at body size) and shrink on a narrow one. */
svg { display: block; max-width: 100%; height: auto; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px 24px; align-items: start; }
.tiles svg { margin: 0 auto; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.figures dt { color: #444444; }
dl.figures dd { margin: 0; font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #e0e0e0; padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #f2f5fa; border-bottom: 2px solid #1f4e79; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.group th { background: #d9e1f2; text-align: left; }
td.band { white-space: nowrap; }
/* Names keep a readable width; a narrow screen scrolls the table sideways instead. */
td.name { min-width: 14em; }
td.entity { min-width: 9em; }
.note { color: #444444; font-size: 0.9rem; }
ul.plain { padding-left: 20px; }
footer { margin-top: 32px; color: #666666; font-size: 0.85rem; }
@media (max-width: 600px) {
  main { padding: 10px; }
  h1 { font-size: 1.3rem; }
  table { font-size: 0.8rem; }
  th, td { padding: 3px 4px; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  section.page { break-before: page; }
  figure, svg, tr, dl.figures { break-inside: avoid; }
  h2, h3, figcaption { break-after: avoid; }
  .scroll { overflow: visible; }
  /* Wide tables (the sensitivity's leave-one-out ranks) must fit the page width on paper. */
  table { font-size: 8pt; }
  td.name, td.entity { min-width: 0; }
  th, td { padding: 2px 4px; }
  thead { display: table-header-group; }
  .tiles svg { max-height: 240mm; width: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * One self-contained HTML document (spec §9.2): the style inline, no script, and a Content
 * Security Policy that forbids fetching anything at all, so even a bug cannot make the report
 * call out to the network.
 */
export function htmlPage(lang: Lang, title: string, body: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="smartcity">\n` +
    `<title>${htmlEscape(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`
  );
}
