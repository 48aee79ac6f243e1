import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeflatedEntry } from './xlsx-deflate-sheet.js';
import { xlsxDeflateSheet } from './xlsx-deflate-sheet.js';
import type { EncodedSheet } from './xlsx-encoded-sheet.js';
import type { SheetWorkerReply, SheetWorkerRequest } from './xlsx-sheet-worker.js';

/** The sheet worker's module, beside this one in dist; null when running from TypeScript. */
export function sheetWorkerUrl(): URL | null {
  if (!import.meta.url.endsWith('.js')) return null;
  const url = new URL('./xlsx-sheet-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** A worker started early (its start-up overlaps other work) that deflates one sheet. */
export interface SheetOffload {
  deflate(sheet: EncodedSheet, level: number): Promise<DeflatedEntry>;
  /** Stops the worker if it was never given a sheet. */
  close(): void;
}

/**
 * Starts the sheet worker. If the worker cannot start or fails, the sheet is deflated on this
 * thread instead: the result is the same bytes either way, only slower.
 */
export function xlsxSheetOffload(url: URL): SheetOffload {
  let worker: Worker | null = null;
  try {
    worker = new Worker(url);
    // Never keeps the process alive on its own; an error before a sheet is sent (a module that
    // cannot load) surfaces again as the exit that deflate() falls back on.
    worker.unref();
    worker.on('error', () => undefined);
  } catch {
    worker = null;
  }
  return {
    deflate(sheet, level) {
      const running = worker;
      worker = null;
      if (running === null) return xlsxDeflateSheet(sheet, level);
      return new Promise<DeflatedEntry>((resolve) => {
        let settled = false;
        const fallBack = (): void => {
          if (settled) return;
          settled = true;
          void running.terminate();
          resolve(xlsxDeflateSheet(sheet, level));
        };
        running.once('message', (reply: SheetWorkerReply) => {
          if (!reply.ok) return fallBack();
          settled = true;
          void running.terminate();
          resolve(reply.entry);
        });
        running.on('error', fallBack);
        running.once('exit', fallBack);
        // Copied, not transferred: the fallback still needs the sheet on this side.
        const request: SheetWorkerRequest = { sheet, level };
        running.postMessage(request);
      });
    },
    close() {
      if (worker !== null) void worker.terminate();
      worker = null;
    },
  };
}
