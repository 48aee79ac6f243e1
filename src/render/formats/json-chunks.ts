import { JsonText } from './json-text.js';

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces. Arrays and other iterables at the top
 * of the value are walked element by element, so a report of 100,000 entities is never one
 * string (V8 refuses strings over ~512 MB) and its entities can be produced lazily, one at a
 * time, from a generator. Below the streamed levels each element is stringified whole and
 * re-indented, so the output is byte for byte what JSON.stringify would write. A JsonText is
 * yielded as the text it writes.
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value instanceof JsonText) {
    yield* value.write(indent);
  } else if (isStreamedIterable(value)) {
    yield* arrayChunks(value, indent);
  } else if (isPlainObject(value) && Object.values(value).some(isLazyIterable)) {
    yield* objectChunks(value, indent);
  } else {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
  }
}

function* arrayChunks(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    yield first ? `[\n${inner}` : `,\n${inner}`;
    first = false;
    // JSON.stringify writes null for undefined and functions inside arrays.
    yield* jsonChunks(item === undefined || typeof item === 'function' ? null : item, inner);
  }
  yield first ? '[]' : `\n${indent}]`;
}

function* objectChunks(object: Record<string, unknown>, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const [key, item] of Object.entries(object)) {
    // JSON.stringify leaves out undefined, functions and symbols as property values.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(item, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * An object is walked key by key only when it holds a lazy sequence (a generator); otherwise it
 * is one JSON.stringify, which is faster than any walk written here.
 */
function isLazyIterable(value: unknown): boolean {
  return isStreamedIterable(value) && !Array.isArray(value);
}

/** Arrays and generators are streamed; strings, though iterable, are values. */
function isStreamedIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (Array.isArray(value) || (Symbol.iterator in value && !isPlainObject(value)))
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
