import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
        const block = new Uint8Array(MAX_NUMBER_BYTES + 8);
        const written = text(block, putNumber(block, 0, n));
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
          const block = new Uint8Array(MAX_NUMBER_BYTES + 8);
          expect(text(block, putNumber(block, 0, n))).toBe(String(n));
        },
      ),
      { numRuns: 5000 },
    );
    const block = new Uint8Array(32);
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
      const written = text(block, putNumber(block, 0, n));
      expect(written).toBe(String(n));
      expect(written.length).toBeLessThanOrEqual(MAX_NUMBER_BYTES);
    }
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
          const xml = new XmlBytes((block) => blocks.push(block.slice()), blockSize);
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
});
