import { isAscii } from 'node:buffer';
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
  try {
    parse(bytes, handler, budget, false);
  } catch (error) {
    if (!isParserError(error)) throw error;
    // Parsed again with positions only to say where (position tracking costs a fifth of the
    // time of every good part); the handler's second run is discarded.
    let detail = error.message;
    try {
      parse(bytes, IGNORE, budget, true);
    } catch (again) {
      if (isParserError(again)) detail = again.message;
    }
    // saxes: "1:274: unexpected close tag." — kept, with the part it happened in.
    throw new XmlPartError(part, (detail.split('\n')[0] ?? '').slice(0, 300));
  }
}

/** A part whose start tags (names and attributes) say all the reader needs: no close, no text. */
export function readXmlStartTags(
  part: string,
  bytes: Buffer,
  budget: ReadBudget,
  open: XmlHandler['open'],
): void {
  readXmlPart(part, bytes, { open, close() {}, text() {} }, budget);
}

/** saxes reports malformed XML with a plain Error; our own errors and bugs are other classes. */
function isParserError(error: unknown): error is Error {
  return error instanceof Error && error.constructor === Error;
}

const IGNORE: XmlHandler = { open() {}, close() {}, text() {} };

function parse(bytes: Buffer, handler: XmlHandler, budget: ReadBudget, position: boolean): void {
  const parser = new SaxesParser<{ xmlns: false; position: boolean }>({ xmlns: false, position });
  let depth = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new Error(`elements nested deeper than ${MAX_DEPTH}`);
    handler.open(localName(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth -= 1;
    handler.close(localName(tag.name));
  });
  parser.on('text', (text: string) => handler.text(text));
  parser.on('cdata', (text: string) => handler.text(text));
  const encoding = encodingOf(bytes);
  const decoder = encoding === 'utf-8' ? null : new TextDecoder(encoding);
  // A UTF-8 byte-order mark is not part of the document.
  let at = decoder === null && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length) {
    budget.check();
    let end = Math.min(bytes.length, at + PIECE);
    if (decoder !== null) {
      parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    } else {
      // Never split a UTF-8 sequence: back up to the start of the character at the cut.
      while (end < bytes.length && end > at && (bytes[end]! & 0xc0) === 0x80) end -= 1;
      const piece = bytes.subarray(at, end);
      parser.write(piece.toString(isAscii(piece) ? 'latin1' : 'utf8'));
    }
    at = end;
  }
  parser.close();
}

/** UTF-8 unless a UTF-16 byte-order mark says otherwise (the pre-flight allowed no other). */
function encodingOf(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
