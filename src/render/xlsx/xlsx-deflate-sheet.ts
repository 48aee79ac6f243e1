import { constants as zlibConstants, createDeflateRaw, crc32 } from 'node:zlib';
import type { EncodedSheet } from './xlsx-encoded-sheet.js';
import { xlsxSheetBytes } from './xlsx-sheet-bytes.js';

/** A zip entry's content once deflated: what the zip writer lays out. */
export interface DeflatedEntry {
  crc: number;
  size: number;
  data: Uint8Array[];
  compressedSize: number;
}

/**
 * An encoded worksheet, written and deflated: the XML is built in blocks on this thread while
 * zlib deflates the previous ones on its own threads.
 */
export async function xlsxDeflateSheet(sheet: EncodedSheet, level: number): Promise<DeflatedEntry> {
  const deflater = createDeflateRaw({
    level,
    memLevel: 9,
    strategy: zlibConstants.Z_DEFAULT_STRATEGY,
    // Output comes back in pieces of this size, each needing a turn of the event loop; zlib's
    // default 16 KiB made deflating wait on the XML being built.
    chunkSize: 1 << 20,
  });
  const data: Uint8Array[] = [];
  let compressedSize = 0;
  deflater.on('data', (chunk: Buffer) => {
    data.push(chunk);
    compressedSize += chunk.length;
  });
  const done = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  await xlsxSheetBytes(sheet, (block, release) => {
    crc = crc32(block, crc);
    size += block.length;
    // The write's callback runs once zlib has taken in all of the block: it may then be reused.
    deflater.write(block, release);
  });
  deflater.end();
  await done;
  return { crc: crc >>> 0, size, data, compressedSize };
}
