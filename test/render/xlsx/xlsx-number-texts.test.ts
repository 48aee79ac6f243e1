import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../helpers/seeded-random.js';
import { NumberTexts } from '../../../src/render/xlsx/xlsx-number-texts.js';

describe('NumberTexts', () => {
  it('writes every number as String(n) prints it, repeated or not, whatever shares its slot', () => {
    // Seeded so a failure reproduces.
    const random = seededRandom(0x2545f491);
    // Long doubles as sheets hold them (shares, points), a few short ones, signed zeros, and
    // far more distinct numbers than the cache has slots, so slots are taken over again.
    const pool: number[] = [0, -0, -1.5, 1e21, 5e-324, -1.7976931348623157e308];
    for (let i = 0; i < 4000; i++) pool.push(random(), (random() * 1000) / 7, -random() / 3);
    const numbers = new NumberTexts();
    const block = new Uint8Array(256);
    const view = new DataView(block.buffer);
    let mismatches = 0;
    for (let i = 0; i < 400_000; i++) {
      const n = i % 3 === 0 ? random() * 100 : pool[Math.floor(random() * pool.length)]!;
      const at = i % 97;
      // Bytes after the number's 28 must stay as they were.
      block.fill(0xaa, at + 28, at + 40);
      const end = numbers.put(block, view, at, n);
      const written = Buffer.from(block.subarray(at, end)).toString('latin1');
      if (written !== String(n)) mismatches++;
      if (block.subarray(at + 28, at + 40).some((byte) => byte !== 0xaa)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});
