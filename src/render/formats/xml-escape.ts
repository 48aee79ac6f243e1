const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  ...TEXT_ENTITIES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Character data for XML 1.0: `&`, `<` and `>` escaped (so `]]>` cannot occur), and the
 * characters XML 1.0 cannot hold at all — C0 controls other than tab, LF and CR, U+FFFE/U+FFFF,
 * lone surrogates — replaced by U+FFFD, since not even a character reference may name them.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>]/g, (ch) => TEXT_ENTITIES[ch] ?? ch);
}

/**
 * A double-quoted attribute value: as xmlText, plus `"` and the whitespace a parser would
 * otherwise normalise to spaces (tab, LF, CR) as character references, so a multi-line message
 * survives.
 */
export function xmlAttribute(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ENTITIES[ch] ?? ch);
}
