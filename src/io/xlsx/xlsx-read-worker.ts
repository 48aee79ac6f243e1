import { parentPort } from 'node:worker_threads';
import { xlsxLoadSheets, type XlsxLoadResult } from './xlsx-load-sheets.js';
import type { XlsxHints } from './zip-preflight.js';

/**
 * Worker entry: runs ExcelJS on workbooks under the heap limit set by read-xlsx.ts, so a workbook
 * too big for memory kills only this thread. One worker serves every file of a run (importing
 * ExcelJS costs most of a second per thread). Loaded from dist (compiled JS) only.
 */
export interface XlsxWorkerRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
  hints?: XlsxHints;
}

export type XlsxWorkerReply =
  { id: number; ok: true; result: XlsxLoadResult } | { id: number; ok: false; message: string };

/** Answers each request with one reply; a thrown error is a bug, reported as a message. */
export function xlsxWorker(): void {
  const port = parentPort;
  if (port === null) return;
  port.on('message', (request: XlsxWorkerRequest) => {
    xlsxLoadSheets(request.bytes, request.file, undefined, request.hints).then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies XlsxWorkerReply),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        } satisfies XlsxWorkerReply),
    );
  });
}

xlsxWorker();
