const GZIP_HEADER_BYTES = 10;
const GZIP_TRAILER_BYTES = 8;

/**
 * The raw deflate data and CRC-32 of a gzip member made by zlib, given as the pieces zlib handed
 * over (`total` bytes in all) for `size` bytes of input: what a zip entry stores. zlib writes no
 * name, comment or extra field, so the header is 10 bytes; the 8-byte trailer, which may straddle
 * pieces, is the CRC-32 and the size (mod 2^32), both little-endian. The pieces are cut in place
 * (no copy) and the array is reused.
 */
export function gzipMember(
  pieces: Uint8Array[],
  total: number,
  size: number,
): { crc: number; size: number; data: Uint8Array[]; compressedSize: number } {
  const trailer = new Uint8Array(GZIP_TRAILER_BYTES);
  let cut = GZIP_TRAILER_BYTES;
  while (cut > 0) {
    const last = pieces.at(-1)!;
    const take = Math.min(cut, last.length);
    trailer.set(last.subarray(last.length - take), cut - take);
    cut -= take;
    if (take === last.length) pieces.pop();
    else pieces[pieces.length - 1] = last.subarray(0, last.length - take);
  }
  const view = new DataView(trailer.buffer);
  if (view.getUint32(4, true) !== size >>> 0) throw new Error('zlib: gzip size does not match');
  let skip = GZIP_HEADER_BYTES;
  while (skip > 0) {
    const first = pieces[0]!;
    const take = Math.min(skip, first.length);
    if (take === first.length) pieces.shift();
    else pieces[0] = first.subarray(take);
    skip -= take;
  }
  return {
    crc: view.getUint32(0, true),
    size,
    data: pieces,
    compressedSize: total - GZIP_HEADER_BYTES - GZIP_TRAILER_BYTES,
  };
}
