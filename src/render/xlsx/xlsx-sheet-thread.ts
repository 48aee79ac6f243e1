import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeflatedEntry } from './xlsx-deflate-sheet.js';
import type { EncodedSheet } from './xlsx-encoded-sheet.js';

/** A sheet sent to the worker (xlsx-sheet-worker.ts). */
export interface SheetJob {
  id: number;
  sheet: EncodedSheet;
  level: number;
}

/** What the worker sends back: the deflated entry, in one buffer, or why it failed. */
export type SheetJobResult = { id: number; entry: DeflatedEntry } | { id: number; error: string };

/**
 * The built worker entry: next to this module in tsc's file-per-module output (dist/render/xlsx),
 * one folder up in the CLI bundle (this code sits in dist/bin/chunks/, the entries in dist/bin/).
 * Null when running from the TypeScript sources (tests): the sheets are then written in-thread.
 */
export function sheetWorkerUrl(): URL | null {
  for (const candidate of ['./xlsx-sheet-worker.js', '../xlsx-sheet-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

const ignore = (): void => undefined;

/**
 * One worker thread that turns encoded sheets into deflated zip entries while this thread goes
 * on encoding the next ones. A failure of the worker (an error in a sheet, the thread dying)
 * rejects every sheet not yet returned; close() always ends the thread.
 */
export class SheetThread {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (entry: DeflatedEntry) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.on('message', (result: SheetJobResult) => {
      const job = this.pending.get(result.id);
      if (job === undefined) return;
      this.pending.delete(result.id);
      if ('error' in result) job.reject(new Error(result.error));
      else job.resolve(result.entry);
    });
    this.worker.on('error', (error: Error) => this.fail(error));
    this.worker.on('exit', (code) => {
      this.fail(new Error(`the thread writing the workbook's sheets stopped (exit code ${code})`));
    });
  }

  /**
   * The sheet, deflated by the worker. With `transfer`, its typed arrays move to the worker and
   * are unusable here afterwards (no copy); without, they are copied.
   */
  deflate(sheet: EncodedSheet, level: number, transfer: boolean): Promise<DeflatedEntry> {
    const result = new Promise<DeflatedEntry>((resolve, reject) => {
      if (this.failure !== null) {
        reject(this.failure);
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      const job: SheetJob = { id, sheet, level };
      const arrays = [sheet.rowEnds, sheet.columns, sheet.styles, sheet.kinds, sheet.values];
      if (sheet.heights !== null) arrays.push(sheet.heights);
      const buffers = transfer ? [...new Set(arrays.map((array) => array.buffer))] : [];
      this.worker.postMessage(job, buffers as ArrayBuffer[]);
    });
    // The zip awaits it and reports the failure; when the write stops before (an error while
    // encoding a later sheet), an unawaited rejection must not become an unhandled one.
    result.catch(ignore);
    return result;
  }

  /** Ends the thread (idle or not): nothing it does keeps the process alive afterwards. */
  close(): void {
    this.fail(new Error("the thread writing the workbook's sheets was closed"));
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of this.pending.values()) job.reject(this.failure);
    this.pending.clear();
  }
}
