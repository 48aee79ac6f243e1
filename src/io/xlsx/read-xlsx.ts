import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { RawSource } from '../../core/table/raw-table.js';
import type { ReadOptions } from '../files/read-options.js';
import { xlsxLoadSheets, type XlsxLoadResult } from './xlsx-load-sheets.js';
import type { XlsxWorkerReply, XlsxWorkerRequest } from './xlsx-read-worker.js';
import { zipPreflight, type XlsxHints } from './zip-preflight.js';

/**
 * Heap for the worker that runs ExcelJS. ExcelJS needs roughly 30× a sheet's XML in memory; past
 * this the worker dies with ERR_WORKER_OUT_OF_MEMORY and the file gets a finding, where an
 * in-process read would take Node down with an uncatchable V8 abort.
 */
const XLSX_WORKER_HEAP_MB = 2048;

/** Kept in a variable so bundlers and vite leave the URL alone. */
const WORKER_FILE = './xlsx-read-worker.js';

/**
 * Reads an .xlsx/.xlsm workbook (after the zip pre-flight) into raw sheets with values as a
 * person sees them. ExcelJS is imported lazily here and nowhere else on the read path.
 */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  _options: ReadOptions,
): Promise<RawSource> {
  const preflight = zipPreflight(bytes, file);
  if (preflight.findings.some((f) => f.severity === 'error')) {
    return { file, kind: 'xlsx', sheets: [], findings: preflight.findings };
  }
  const loaded = await loadSheets(bytes, file, preflight.hints);
  return {
    file,
    kind: 'xlsx',
    sheets: loaded.sheets,
    findings: [...preflight.findings, ...loaded.findings],
  };
}

async function loadSheets(
  bytes: Uint8Array,
  file: string,
  hints: XlsxHints | undefined,
): Promise<XlsxLoadResult> {
  const workerUrl = workerFileUrl();
  if (workerUrl === null) return xlsxLoadSheets(bytes, file, undefined, hints);
  // One workbook at a time: if one exhausts the worker's heap, no other file shares its fate.
  const turn = queue.then(() => loadInWorker(workerUrl, bytes, file, hints));
  queue = turn.then(
    () => undefined,
    () => undefined,
  );
  const outcome = await turn;
  if (outcome !== 'out-of-memory') return outcome;
  return {
    sheets: [],
    findings: [makeFinding('FILE_XLSX_TOO_COMPLEX', { limitMb: XLSX_WORKER_HEAP_MB }, { file })],
  };
}

/**
 * The compiled worker next to this module, or null when running from TypeScript sources (vitest,
 * tsx): a worker cannot load .ts there, so the read happens in this thread instead.
 */
function workerFileUrl(): URL | null {
  if (!import.meta.url.endsWith('.js')) return null;
  const url = new URL(WORKER_FILE, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

type Outcome = XlsxLoadResult | 'out-of-memory';

interface SharedWorker {
  worker: Worker;
  pending: Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>;
}

let queue: Promise<void> = Promise.resolve();
let shared: SharedWorker | null = null;
let nextId = 1;

/**
 * The run's worker, started on first use and kept (unref'd while idle, so it never holds the
 * process open). When it dies — out of memory, or otherwise — the next read starts a new one.
 */
function sharedWorker(url: URL): SharedWorker {
  if (shared !== null) return shared;
  const worker = new Worker(url, {
    resourceLimits: { maxOldGenerationSizeMb: XLSX_WORKER_HEAP_MB },
    // Library warnings must never reach our stdout (it may carry JSON).
    stdout: true,
    stderr: true,
  });
  const state: SharedWorker = { worker, pending: new Map() };
  const failAll = (outcome: 'out-of-memory' | Error): void => {
    if (shared === state) shared = null;
    for (const p of state.pending.values()) {
      if (outcome === 'out-of-memory') p.resolve(outcome);
      else p.reject(outcome);
    }
    state.pending.clear();
  };
  worker.on('message', (reply: XlsxWorkerReply) => {
    const p = state.pending.get(reply.id);
    if (p === undefined) return;
    state.pending.delete(reply.id);
    if (state.pending.size === 0) worker.unref();
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new Error(`xlsx worker: ${reply.message}`));
  });
  worker.on('error', (error: Error & { code?: string }) => {
    failAll(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : error);
  });
  worker.on('exit', (code) => {
    // Killed without an error event (V8 gave up on the heap): treated as out of memory.
    failAll(code !== 0 ? 'out-of-memory' : new Error('xlsx worker exited without a result'));
  });
  worker.unref();
  shared = state;
  return state;
}

function loadInWorker(
  url: URL,
  bytes: Uint8Array,
  file: string,
  hints: XlsxHints | undefined,
): Promise<Outcome> {
  const { worker, pending } = sharedWorker(url);
  const id = nextId++;
  return new Promise<Outcome>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    const request: XlsxWorkerRequest = { id, bytes, file, ...(hints ? { hints } : {}) };
    worker.postMessage(request);
  });
}
