/**
 * Checks of parsed JSON that prove a TypeScript type when they pass, for data the tool wrote
 * itself and reads back (compiled sets). `object` needs a check for every key of its type, so a
 * field added to the type and forgotten here is a compile error, not an unchecked hole; a check
 * may be stricter than its type (`text` where the type says `string | null`) but never looser.
 */
export type Check<T> = (value: unknown) => value is T;

type Shape<T> = { readonly [K in keyof T]-?: Check<T[K]> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const jsonCheck = {
  text: ((value) => typeof value === 'string') as Check<string>,
  /** JSON.parse turns 1e999 into Infinity: only finite numbers pass. */
  number: ((value) => typeof value === 'number' && Number.isFinite(value)) as Check<number>,
  boolean: ((value) => typeof value === 'boolean') as Check<boolean>,

  oneOf<const T extends string>(values: readonly T[]): Check<T> {
    return (value): value is T =>
      typeof value === 'string' && (values as readonly string[]).includes(value);
  },

  nullable<T>(inner: Check<T>): Check<T | null> {
    return (value): value is T | null => value === null || inner(value);
  },

  list<T>(item: Check<T>): Check<T[]> {
    return (value): value is T[] => Array.isArray(value) && value.every((entry) => item(entry));
  },

  pair<A, B>(first: Check<A>, second: Check<B>): Check<[A, B]> {
    return (value): value is [A, B] =>
      Array.isArray(value) && value.length === 2 && first(value[0]) && second(value[1]);
  },

  /**
   * An object with no key outside the shape and every key of the shape passing its check (a key
   * is missing only when its check accepts undefined: an optional field).
   */
  object<T>(shape: Shape<T>): Check<T> {
    const entries = Object.entries(shape) as [string, Check<unknown>][];
    return (value): value is T =>
      isRecord(value) &&
      Object.keys(value).every((key) => Object.hasOwn(shape, key)) &&
      entries.every(([key, check]) => check(Object.hasOwn(value, key) ? value[key] : undefined));
  },

  anyOf<T extends unknown[]>(...checks: { [K in keyof T]: Check<T[K]> }): Check<T[number]> {
    return (value): value is T[number] =>
      (checks as Check<unknown>[]).some((check) => check(value));
  },
};
