import { workbookText } from '../workbook/workbook-text.js';

/** Namespaces and the declaration every SpreadsheetML part of the direct writer uses. */
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const TEXT_SPECIAL = /[&<>"]/;
const TEXT_SPECIAL_ALL = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** XML-escaped text with characters XML 1.0 cannot hold replaced (workbookText). */
export function escapeXml(text: string): string {
  const clean = workbookText(text);
  return TEXT_SPECIAL.test(clean)
    ? clean.replace(TEXT_SPECIAL_ALL, (ch) => ENTITIES[ch] ?? ch)
    : clean;
}

const NEEDS_PRESERVE = /^\s|\s$|[\t\n\r]| {2}/;

/** An inline string's <t>: xml:space="preserve" only where whitespace would otherwise be lost. */
export function inlineText(text: string): string {
  const escaped = escapeXml(text);
  return NEEDS_PRESERVE.test(escaped)
    ? `<is><t xml:space="preserve">${escaped}</t></is>`
    : `<is><t>${escaped}</t></is>`;
}
