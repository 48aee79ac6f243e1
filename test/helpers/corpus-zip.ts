import { Readable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';

/**
 * DEFLATE bytes of generated text (a sheet of a million rows, say) with its true size and CRC,
 * produced piece by piece so the uncompressed bomb never exists in the test process's memory.
 * The result plugs into ZipEntrySpec.compressed.
 */
export async function deflateGenerated(
  pieces: Iterable<string>,
  level = 6,
): Promise<{ bytes: Buffer; size: number; crc: number }> {
  let crc = 0;
  let size = 0;
  const source = Readable.from(
    (function* () {
      let batch: string[] = [];
      let batchLength = 0;
      for (const piece of pieces) {
        batch.push(piece);
        batchLength += piece.length;
        if (batchLength >= 1 << 20) {
          const buf = Buffer.from(batch.join(''), 'utf8');
          crc = crc32(buf, crc);
          size += buf.length;
          yield buf;
          batch = [];
          batchLength = 0;
        }
      }
      const buf = Buffer.from(batch.join(''), 'utf8');
      crc = crc32(buf, crc);
      size += buf.length;
      yield buf;
    })(),
  );
  const out: Buffer[] = [];
  for await (const piece of source.pipe(createDeflateRaw({ level }))) out.push(piece as Buffer);
  return { bytes: Buffer.concat(out), size, crc };
}

/** `count` sheet rows `<row r="n"><c r="An"><v>1</v></c>…</row>` with `columns` cells each. */
export function* sheetRows(count: number, columns: number, from = 1): Generator<string> {
  const letters = Array.from({ length: columns }, (_, i) => String.fromCharCode(65 + i));
  for (let r = from; r < from + count; r++) {
    let row = `<row r="${r}">`;
    for (const l of letters) row += `<c r="${l}${r}"><v>1</v></c>`;
    yield `${row}</row>`;
  }
}
