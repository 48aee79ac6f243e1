import type { ObservedValue } from './dataset.js';

/** The indicator codes of a wide table's value columns in column order, and each code's slot. */
export class RowCodes {
  readonly slotOf: ReadonlyMap<string, number>;
  /** The values of a row bound without them (validate): shared by every such row. */
  readonly none: RowValues;

  /** `codes` are distinct (a repeated header column is not bound). */
  constructor(readonly codes: readonly string[]) {
    this.slotOf = new Map(codes.map((code, slot) => [code, slot]));
    this.none = new RowValues(this, []);
  }
}

/**
 * The values of one row of a wide table, by indicator code, as a read-only map: one slot per
 * value column, the code → slot index shared by every row of the table. A `Map` per row cost
 * ~1.8 KB kept and as much again in regrowth garbage for 50 values, and it outlived the young
 * generation; this is one array of 50 pointers. Iteration gives the codes in column order —
 * the order the Map had them in (insertion order), so every output is unchanged.
 */
export class RowValues implements ReadonlyMap<string, ObservedValue> {
  /** `slots[i]` is the value of `codes.codes[i]`, or undefined when it has none (an error). */
  constructor(
    private readonly codes: RowCodes,
    private readonly slots: ReadonlyArray<ObservedValue | undefined>,
  ) {}

  get(code: string): ObservedValue | undefined {
    const slot = this.codes.slotOf.get(code);
    return slot === undefined ? undefined : this.slots[slot];
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  get size(): number {
    let size = 0;
    for (const value of this.slots) if (value !== undefined) size += 1;
    return size;
  }

  *entries(): MapIterator<[string, ObservedValue]> {
    const { slots } = this;
    for (let i = 0; i < slots.length; i++) {
      const value = slots[i];
      if (value !== undefined) yield [this.codes.codes[i]!, value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [code] of this.entries()) yield code;
  }

  *values(): MapIterator<ObservedValue> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, ObservedValue]> {
    return this.entries();
  }

  forEach(
    callback: (value: ObservedValue, code: string, map: ReadonlyMap<string, ObservedValue>) => void,
    thisArg?: unknown,
  ): void {
    for (const [code, value] of this.entries()) callback.call(thisArg, value, code, this);
  }
}
