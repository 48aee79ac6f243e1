import { describe, expect, it } from 'vitest';
import { utf8Batches } from '../../../src/io/files/utf8-batches.js';

describe('utf8Batches', () => {
  it('writes the pieces in order as UTF-8, each batch whole characters, about a megabyte each', () => {
    // Vietnamese text (2–3 bytes a letter), astral characters, and one piece over a batch.
    const pieces: string[] = [];
    for (let i = 0; i < 20_000; i++) pieces.push(`{"label": "Xã số ${i} 🏙"},\n`);
    pieces.push('Đ'.repeat(600_000));
    pieces.push('cuối');
    // Copies: a batch's buffer is the caller's to keep.
    const batches = [...utf8Batches(pieces)].map((bytes) => Buffer.from(bytes));
    expect(Buffer.concat(batches).toString('utf8')).toBe(pieces.join(''));
    // Every batch decodes on its own: no character is cut between two writes.
    for (const batch of batches) expect(batch.toString('utf8')).not.toContain('\uFFFD');
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.length).toBeLessThan(10);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(1 << 21);
  });

  it('writes nothing for no pieces', () => {
    expect([...utf8Batches([])]).toEqual([]);
  });

  it('keeps a surrogate pair split across two pieces one character, at any batch size', () => {
    const pieces = ['ab\ud83c', '\udfd9cd', 'x'.repeat(50), '\ud83c', '\udfd9'];
    const text = pieces.join('');
    for (const size of [16, 64, 1 << 20]) {
      const batches = [...utf8Batches(pieces, size)].map((bytes) => Buffer.from(bytes));
      expect(Buffer.concat(batches).toString('utf8')).toBe(text);
      for (const batch of batches) expect(batch.toString('utf8')).not.toContain('\uFFFD');
      for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(Math.max(size, 150));
    }
  });
});
