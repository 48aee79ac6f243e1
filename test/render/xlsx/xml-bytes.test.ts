import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../helpers/seeded-random.js';
import {
  MAX_NUMBER_BYTES,
  putBytes,
  putNumber,
  putUint,
  XmlBytes,
  asciiBytes,
} from '../../../src/render/xlsx/xml-bytes.js';

const text = (bytes: Uint8Array, end: number): string =>
  Buffer.from(bytes.subarray(0, end)).toString('latin1');

/** putNumber into a fresh block (and its DataView) at offset 0. */
const numberText = (n: number, size = MAX_NUMBER_BYTES + 8): string => {
  const block = new Uint8Array(size);
  return text(block, putNumber(block, new DataView(block.buffer), 0, n));
};

describe('putUint / putNumber', () => {
  it('write whole numbers as their decimal digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (n) => {
        const block = new Uint8Array(16);
        expect(text(block, putUint(block, 0, n))).toBe(String(n));
      }),
    );
    const block = new Uint8Array(16);
    for (const n of [0, 9, 10, 99, 100, 2147483647]) {
      expect(text(block, putUint(block, 0, n))).toBe(String(n));
    }
  });

  it('write any finite double as JavaScript prints it (which reads back exactly)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const written = numberText(n);
        expect(written.length).toBeLessThanOrEqual(MAX_NUMBER_BYTES);
        expect(written).toBe(String(n));
        expect(Object.is(Number(written), n === 0 ? 0 : n)).toBe(true);
      }),
    );
    // Numbers with few decimals take a path of their own; they must print the same.
    fc.assert(
      fc.property(
        fc.integer({ min: -2_200_000_000_000_000, max: 2_200_000_000_000_000 }),
        fc.constantFrom(1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7),
        (k, scale) => {
          const n = k / scale;
          expect(numberText(n)).toBe(String(n));
        },
      ),
      { numRuns: 5000 },
    );
    for (const n of [
      -0,
      -1,
      -0.0000011250925210582861,
      -0.0000012345678901234567,
      0.1,
      1e21,
      5e-324,
      -2.2250738585072014e-308,
      2147483648,
      12.875,
      1e-6,
      -1e-6,
      9.99e-7,
      0.000105,
      2147483646.5,
      -2147483646.999999,
      0.3 - 0.1,
      1.000001,
      100.05,
    ]) {
      const written = numberText(n);
      expect(written).toBe(String(n));
      expect(written.length).toBeLessThanOrEqual(MAX_NUMBER_BYTES);
    }
  });

  it('writes exactly its text at any offset and not a byte past it', () => {
    // The long texts go four characters a store: every length and alignment must come out right.
    const block = new Uint8Array(64);
    const view = new DataView(block.buffer);
    for (const n of [7, 0.5, 0.25, 1.125, 0.1 + 0.2, 12.280000000000001, -1e-7, 1e21, 5e-324]) {
      for (let offset = 0; offset < 8; offset++) {
        block.fill(0x7e);
        const end = putNumber(block, view, offset, n);
        expect(text(block, end).slice(offset)).toBe(String(n));
        expect(block.subarray(0, offset).every((b) => b === 0x7e)).toBe(true);
        expect(block.subarray(end).every((b) => b === 0x7e)).toBe(true);
      }
    }
  });

  it('matches String(n) over a million doubles of the shapes sheets hold', () => {
    // Seeded so a failure reproduces: shares in [0, 1) (17 digits), scores with a few decimals,
    // sums of such, whole numbers, and raw bit patterns of every exponent.
    const random = seededRandom(0x9e3779b9);
    const bits = new DataView(new ArrayBuffer(8));
    const block = new Uint8Array(MAX_NUMBER_BYTES + 8);
    const view = new DataView(block.buffer);
    let mismatches = 0;
    for (let i = 0; i < 1_000_000; i++) {
      let n: number;
      switch (i % 5) {
        case 0:
          n = random();
          break;
        case 1:
          n = Math.round(random() * 1e5) / 100;
          break;
        case 2:
          n = (random() * 1000) / (1 + Math.floor(random() * 30));
          break;
        case 3:
          n = Math.floor(random() * 2 ** 40) - 2 ** 39;
          break;
        default:
          bits.setUint32(0, (random() * 2 ** 32) >>> 0);
          bits.setUint32(4, (random() * 2 ** 32) >>> 0);
          n = bits.getFloat64(0);
          if (!Number.isFinite(n)) continue;
      }
      const end = putNumber(block, view, 0, n);
      if (end > MAX_NUMBER_BYTES || text(block, end) !== String(n)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('XmlBytes', () => {
  it('hands every byte to the sink once, in order, whatever the block size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.nat({ max: 0x7fffffff })), {
          maxLength: 60,
        }),
        fc.integer({ min: 8, max: 64 }),
        (pieces, blockSize) => {
          const blocks: Uint8Array[] = [];
          const xml = new XmlBytes((block) => {
            blocks.push(block.slice());
          }, blockSize);
          let expected = '';
          for (const piece of pieces) {
            if (typeof piece === 'number') {
              xml.reserve(10);
              xml.at = putUint(xml.block, xml.at, piece);
              expected += String(piece);
            } else {
              xml.utf8(piece);
              expected += piece;
            }
          }
          xml.utf8('<end/>');
          expected += '<end/>';
          xml.flush();
          expect(Buffer.concat(blocks).toString('utf8')).toBe(expected);
          // Only the final flush may hand over a block that is not from a full reserve.
          for (const block of blocks.slice(0, -1)) expect(block.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('copies markup exactly', () => {
    const block = new Uint8Array(64);
    const end = putBytes(block, 3, asciiBytes('<c r="B'));
    expect(text(block, end).slice(3)).toBe('<c r="B');
  });

  it('reuses a block only after the sink released it, and never changes one it holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 80 }),
        fc.integer({ min: 8, max: 64 }),
        fc.array(fc.nat(), { maxLength: 80 }),
        (pieces, blockSize, releaseOrder) => {
          // The sink keeps every block and what it read; it releases them later, in any order.
          const held: { block: Uint8Array; seen: Uint8Array; release: () => void }[] = [];
          const blocks: Uint8Array[] = [];
          const xml = new XmlBytes((block, release) => {
            held.push({ block, seen: block.slice(), release });
            blocks.push(block.slice());
          }, blockSize);
          let expected = '';
          pieces.forEach((piece, i) => {
            xml.utf8(piece);
            expected += piece;
            // Whatever has not been released still holds the bytes the sink was given.
            for (const { block, seen } of held) expect(Buffer.compare(block, seen)).toBe(0);
            const pick = releaseOrder[i];
            if (pick !== undefined && held.length > 0) {
              const [gone] = held.splice(pick % held.length, 1);
              gone!.release();
              gone!.release(); // a second release must not put the block in the pool twice
            }
          });
          xml.flush();
          for (const { block, seen } of held) expect(Buffer.compare(block, seen)).toBe(0);
          expect(Buffer.concat(blocks).toString('utf8')).toBe(expected);
        },
      ),
    );
  });

  it('shares released blocks with the next writer, and keeps its own unused block for it', () => {
    const free: Uint8Array[] = [];
    const sizes = 4096;
    const given: Uint8Array[] = [];
    // The first writer's sink releases at once: its blocks and its last, unused one are free.
    const first = new XmlBytes(
      (block, release) => {
        given.push(block);
        release();
      },
      sizes,
      free,
    );
    first.utf8('a'.repeat(sizes * 3 + 10));
    first.close();
    expect(free.length).toBeGreaterThan(0);
    const pooled = new Set(free.map((block) => block.buffer));
    // The second writer starts in a block the first released: no new memory.
    const parts: Buffer[] = [];
    const second = new XmlBytes((block) => void parts.push(Buffer.from(block)), sizes, free);
    expect(pooled.has(second.block.buffer)).toBe(true);
    second.utf8('b'.repeat(sizes + 5));
    second.close();
    expect(Buffer.concat(parts).toString('utf8')).toBe('b'.repeat(sizes + 5));
    expect(Buffer.concat(given).toString('utf8')).toBe('a'.repeat(sizes * 3 + 10));
  });
});
