import { putNumberText, putShortNumber } from './xml-bytes.js';

/**
 * Slots of the cache: 2^16, ~2.4 MB. Its pages are touched at random, so a workbook with many
 * distinct long numbers touches all of them, at ~10 µs a fresh page on a small VM: 2^17 slots
 * saved ~16,000 of the communes' 280,000 texts (~2 ms) and cost ~600 pages more (~6 ms).
 */
const SLOT_BITS = 16;
/** Words of text kept per slot: 28 bytes, and every text putNumberText writes fits (25 at most). */
const SLOT_WORDS = 7;

/**
 * Numbers as XML text (see putNumber), remembering the text of the long ones. Printing a double
 * that needs 15–17 digits (~140 ns and a string each, see putNumberText) is the costliest part of a
 * sheet's bytes, and a workbook repeats many: the communes' indicator matrix has 84,000 such
 * achievements but 1,545 distinct ones, and a group's index appears on the ranking, the heat map
 * and the groups sheet. A direct-mapped cache keyed by the double's bits: a slot holds one number
 * and its text, a newer number in the same slot replaces it. One per workbook.
 */
export class NumberTexts {
  private readonly keys = new Float64Array(1 << SLOT_BITS);
  /** Text length per slot; 0: empty. */
  private readonly lengths = new Uint8Array(1 << SLOT_BITS);
  /** Each slot's text, as little-endian words (copied four bytes a store). */
  private readonly words = new Int32Array((1 << SLOT_BITS) * SLOT_WORDS);
  private readonly bits = new Float64Array(1);
  private readonly halves = new Int32Array(this.bits.buffer);

  /** Writes `n` (finite) at `at` in `block` (viewed by `view`) as putNumber does; the end. */
  put(block: Uint8Array, view: DataView, at: number, n: number): number {
    const short = putShortNumber(block, at, n);
    if (short >= 0) return short;
    this.bits[0] = n;
    const slot = Math.imul(this.halves[0]! ^ this.halves[1]!, 0x9e3779b1) >>> (32 - SLOT_BITS);
    const { words } = this;
    const w = slot * SLOT_WORDS;
    const length = this.lengths[slot]!;
    // 0 and −0 are equal here and print alike ("0"); NaN never comes (finite numbers only).
    if (length !== 0 && this.keys[slot] === n) {
      // The room reserved for a number (MAX_NUMBER_BYTES and the cell's padding) takes 28 bytes.
      for (let k = 0; k < SLOT_WORDS; k++) view.setInt32(at + 4 * k, words[w + k]!, true);
      return at + length;
    }
    const end = putNumberText(block, view, at, n);
    this.keys[slot] = n;
    this.lengths[slot] = end - at;
    for (let k = 0; k < SLOT_WORDS; k++) words[w + k] = view.getInt32(at + 4 * k, true);
    return end;
  }
}
