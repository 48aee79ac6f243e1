import { crc32, gzipSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gzipMember } from '../../../src/render/xlsx/gzip-member.js';

/** `bytes` cut at the given offsets (sorted, within it) into pieces, as zlib may hand them over. */
function cutAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const cuts = [...new Set(offsets)].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const at of cuts) {
    pieces.push(bytes.subarray(from, at));
    from = at;
  }
  pieces.push(bytes.subarray(from));
  return pieces.filter((piece) => piece.length > 0);
}

describe('gzipMember (a sheet deflated as gzip, stored as a zip entry)', () => {
  it('gives the raw deflate data, the CRC-32 and the sizes however the member is cut', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (input, offsets) => {
          const member = gzipSync(input, { level: 1 });
          const pieces = cutAt(
            member,
            offsets.map((at) => at % member.length),
          );
          const entry = gzipMember(pieces, member.length, input.length);
          const data = Buffer.concat(entry.data);
          expect(entry.crc).toBe(crc32(input) >>> 0);
          expect(entry.size).toBe(input.length);
          expect(entry.compressedSize).toBe(data.length);
          expect(data.length).toBe(member.length - 18);
          expect(Buffer.from(inflateRawSync(data)).equals(Buffer.from(input))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a trailer that straddles the last pieces, down to one byte each', () => {
    const input = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50));
    const member = gzipSync(input, { level: 1 });
    const tail = member.length - 8;
    const pieces = cutAt(member, [3, 9, 10, tail, tail + 1, tail + 2, tail + 5, member.length - 1]);
    const entry = gzipMember(pieces, member.length, input.length);
    expect(entry.crc).toBe(crc32(input) >>> 0);
    expect(Buffer.from(inflateRawSync(Buffer.concat(entry.data))).equals(input)).toBe(true);
  });

  it('refuses a member whose recorded size is not the input given', () => {
    const member = gzipSync(Buffer.from('abc'), { level: 1 });
    expect(() => gzipMember([member], member.length, 4)).toThrow(/size/);
  });
});
