import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ReadBudget } from './read-budget.js';

/**
 * Streams one verified XML part through saxes (a conformant, non-validating parser that never
 * processes a DTD: the pre-flight has already refused any). Element names reach the handler
 * without their namespace prefix (`x:c` → `c`): SpreadsheetML writers differ in prefixes, never
 * in local names. Parser errors become XmlPartError naming the part and line:column.
 */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  /** Character data (entities resolved; CDATA included). */
  text(text: string): void;
}

export type XmlAttributes = Readonly<Record<string, string>>;

export class XmlPartError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** Nothing in SpreadsheetML nests this deep; a part that does is built to exhaust a reader. */
const MAX_DEPTH = 256;
/** Characters decoded and parsed at a time: the budget's clock is looked at between pieces. */
const PIECE = 1 << 20;

/**
 * An unqualified attribute (`r`, `t`, `s`, `name`…): in XML an attribute without a prefix has
 * no namespace, so SpreadsheetML's own attributes are never prefixed.
 */
export function attribute(attributes: XmlAttributes, name: string): string | undefined {
  return Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}

/** A namespace-qualified attribute by local name, whatever its prefix (`r:id`). */
export function qualifiedAttribute(attributes: XmlAttributes, local: string): string | undefined {
  for (const name of Object.keys(attributes)) {
    if (name.endsWith(`:${local}`) && !name.startsWith('xmlns')) return attributes[name];
  }
  return attribute(attributes, local);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function readXmlPart(
  part: string,
  bytes: Buffer,
  handler: XmlHandler,
  budget: ReadBudget,
): void {
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new XmlPartError(part, `elements nested deeper than ${MAX_DEPTH}`);
    handler.open(localName(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth -= 1;
    handler.close(localName(tag.name));
  });
  parser.on('text', (text: string) => handler.text(text));
  parser.on('cdata', (text: string) => handler.text(text));
  const decoder = new TextDecoder(encodingOf(bytes), { fatal: false, ignoreBOM: false });
  try {
    for (let at = 0; at < bytes.length; at += PIECE) {
      budget.check();
      const end = Math.min(bytes.length, at + PIECE);
      parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    }
    parser.close();
  } catch (error) {
    if (error instanceof XmlPartError || !(error instanceof Error)) throw error;
    if (error.constructor !== Error) throw error;
    // saxes: "1:274: unexpected close tag." — keep it, with the part it happened in.
    throw new XmlPartError(part, (error.message.split('\n')[0] ?? '').slice(0, 300));
  }
}

/** UTF-8 unless a UTF-16 byte-order mark says otherwise (the pre-flight allowed no other). */
function encodingOf(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
