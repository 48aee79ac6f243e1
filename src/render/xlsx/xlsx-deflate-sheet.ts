import { constants as zlibConstants, createGzip } from 'node:zlib';
import type { SheetSpec } from '../workbook/workbook-sheet.js';
import type { SheetFrame, SheetSurroundings } from './xlsx-sheet-frame.js';
import { gzipMember } from './gzip-member.js';
import { xlsxSheetBytes } from './xlsx-sheet-bytes.js';
import type { WorkbookTables } from './xlsx-workbook-tables.js';

/** A zip entry's content once deflated: what the zip writer lays out. */
export interface DeflatedEntry {
  crc: number;
  size: number;
  data: Uint8Array[];
  compressedSize: number;
}

/** A sheet being deflated: its XML is all built once `written` settles, deflated at `deflated`. */
export interface DeflatingSheet {
  written: Promise<void>;
  deflated: Promise<DeflatedEntry>;
}

/** XML bytes a sheet may have waiting for zlib: a few blocks, so deflating never runs dry. */
const BACKLOG_BYTES = 4 << 20;

/**
 * A worksheet, written and deflated: the XML is built in blocks on this thread while zlib
 * deflates the previous ones on its own threads. The next sheet can be built once `written`
 * settles, while zlib finishes this one.
 */
export function xlsxDeflateSheet(
  spec: SheetSpec,
  frame: SheetFrame,
  tables: WorkbookTables,
  around: SheetSurroundings,
  level: number,
  /** XML blocks zlib is done with, shared by the workbook's sheets. */
  freeBlocks: Uint8Array[],
): DeflatingSheet {
  // A gzip stream, not a raw one: its deflate data is the same bytes, and zlib works out the
  // CRC-32 the zip entry needs on its own thread (the gzip trailer) instead of this one, where it
  // took ~8 ms of the communes' 44 MB. The 10-byte header and 8-byte trailer are cut off below.
  const deflater = createGzip({
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
  // Awaited once the XML is built; a failure before then is reported through `written`.
  done.catch(() => undefined);
  let size = 0;
  // Bytes handed to zlib and not yet taken in. Building the XML is faster than deflating it: with
  // no bound, a 100,000-row workbook's sheets queued hundreds of MB of XML at once.
  let backlog = 0;
  let caughtUp: (() => void) | null = null;
  const written = xlsxSheetBytes(
    spec,
    frame,
    tables,
    around,
    (block, release) => {
      size += block.length;
      backlog += block.length;
      // The write's callback runs once zlib has taken in all of the block: it may then be reused.
      deflater.write(block, () => {
        backlog -= block.length;
        release();
        if (caughtUp !== null && backlog <= BACKLOG_BYTES) {
          caughtUp();
          caughtUp = null;
        }
      });
      if (backlog <= BACKLOG_BYTES) return undefined;
      // The writer waits until zlib has caught up, or has failed (then `done` says why).
      return new Promise<void>((resolve) => {
        caughtUp = resolve;
        done.then(resolve, resolve);
      });
    },
    { free: freeBlocks },
  ).then(
    () => void deflater.end(),
    (error: unknown) => {
      deflater.destroy();
      throw error;
    },
  );
  const deflated = written.then(() => done).then(() => gzipMember(data, compressedSize, size));
  // The caller awaits `written` first and stops there when it fails.
  deflated.catch(() => undefined);
  return { written, deflated };
}
