// Entry of the worker thread that turns big encoded sheets into deflated zip entries (started by
// xlsx-sheet-thread.ts). It runs the writer's own xlsxDeflateSheet, so a sheet's bytes are the
// same whichever thread makes them.
import { parentPort } from 'node:worker_threads';
import { xlsxDeflateSheet } from './xlsx-deflate-sheet.js';
import type { SheetJob, SheetJobResult } from './xlsx-sheet-thread.js';

const port = parentPort;
if (port === null) throw new Error('xlsx-sheet-worker runs only as a worker thread');

port.on('message', (job: SheetJob) => {
  // Sheets that arrive together are written together, as in the main thread: each builds its
  // blocks between turns of this thread's event loop while zlib deflates on its own threads.
  xlsxDeflateSheet(job.sheet, job.level).then(
    (entry) => {
      // One buffer of its own (never a slice of a pool), moved to the main thread, not copied.
      const data = new Uint8Array(entry.compressedSize);
      let at = 0;
      for (const chunk of entry.data) {
        data.set(chunk, at);
        at += chunk.length;
      }
      const result: SheetJobResult = { id: job.id, entry: { ...entry, data: [data] } };
      port.postMessage(result, [data.buffer]);
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
