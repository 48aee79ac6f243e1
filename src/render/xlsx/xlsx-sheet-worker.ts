import { parentPort } from 'node:worker_threads';
import { xlsxDeflateSheet, type DeflatedEntry } from './xlsx-deflate-sheet.js';
import type { EncodedSheet } from './xlsx-encoded-sheet.js';

/**
 * Worker entry: writes and deflates one encoded worksheet, so that on a batch of thousands of
 * entities its biggest sheet is built on the second core while the main thread builds the rest.
 * Loaded from dist (compiled JS) only.
 */
export interface SheetWorkerRequest {
  sheet: EncodedSheet;
  level: number;
}

export type SheetWorkerReply = { ok: true; entry: DeflatedEntry } | { ok: false; message: string };

export function xlsxSheetWorker(): void {
  const port = parentPort;
  if (port === null) return;
  port.once('message', (request: SheetWorkerRequest) => {
    xlsxDeflateSheet(request.sheet, request.level).then(
      (entry) => {
        // One buffer the worker owns outright, moved (not copied) to the main thread; zlib's
        // chunks can share memory with one another.
        const joined = new Uint8Array(entry.compressedSize);
        let at = 0;
        for (const chunk of entry.data) {
          joined.set(chunk, at);
          at += chunk.length;
        }
        const reply: SheetWorkerReply = { ok: true, entry: { ...entry, data: [joined] } };
        port.postMessage(reply, [joined.buffer]);
      },
      (error: unknown) => {
        const reply: SheetWorkerReply = {
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        };
        port.postMessage(reply);
      },
    );
  });
}

xlsxSheetWorker();
