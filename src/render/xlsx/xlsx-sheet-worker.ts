// Entry of the worker thread that turns big encoded sheets into deflated zip entries (started by
// xlsx-sheet-thread.ts). It runs the writer's own xlsxDeflateSheet, so a sheet's bytes are the
// same whichever thread makes them.
import { parentPort } from 'node:worker_threads';
import { xlsxDeflateSheet } from './xlsx-deflate-sheet.js';
import type { SheetJob, SheetJobResult } from './xlsx-sheet-thread.js';

/** Buffers this small or smaller may be Node's shared pool, which must not move. */
const POOL_SIZE = 64 * 1024;

const port = parentPort;
if (port === null) throw new Error('xlsx-sheet-worker runs only as a worker thread');

port.on('message', (job: SheetJob) => {
  // Sheets that arrive together are written together, as in the main thread: each builds its
  // blocks between turns of this thread's event loop while zlib deflates on its own threads.
  xlsxDeflateSheet(job.sheet, job.level).then(
    (entry) => {
      // zlib's pieces are views into 1 MiB buffers of their own: those move to the main thread
      // instead of being copied (a copy would double the compressed sheet's memory at the peak).
      // A buffer from Node's small-buffer pool (never zlib's here) would be copied.
      const moved = new Set<ArrayBuffer>();
      for (const chunk of entry.data) {
        if (chunk.buffer.byteLength >= POOL_SIZE) moved.add(chunk.buffer as ArrayBuffer);
      }
      const result: SheetJobResult = { id: job.id, entry };
      port.postMessage(result, [...moved]);
    },
    (error: unknown) => {
      const result: SheetJobResult = {
        id: job.id,
        error: error instanceof Error ? error.message : String(error),
      };
      port.postMessage(result);
    },
  );
});
