import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { utf8Batches } from './utf8-batches.js';

/** The file-system calls the writer uses; tests inject failures through them. */
export interface AtomicFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
}

export interface WriteAtomicOptions {
  /**
   * Temporary paths still on disk are added here while the write is under way and removed once
   * renamed or deleted, so the CLI can delete them if a second signal forces an exit.
   */
  pending?: Set<string>;
  /**
   * Aborts the write (the temp file is removed, the target untouched) when it fires before the
   * rename; checked after every step and last just before the rename, which makes the rename
   * the commit point: an abort after it is too late and the write succeeds.
   */
  signal?: AbortSignal;
  fs?: AtomicFs;
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_DELAYS_MS = [50, 100, 200, 400];

/**
 * Writes a file atomically: a temporary file in the target directory, then a rename. On any
 * failure the temporary file is removed and an existing file at `path` is left intact.
 *
 * The temp file lives beside the target (same file system, so the rename is atomic), is created
 * with O_EXCL (`wx`, never follows a planted symlink) and is fsynced before the rename so a crash
 * cannot leave a renamed-but-empty report. Windows refuses a rename while another program (Excel
 * with last month's report open, an antivirus) holds the target, so those errors are retried
 * briefly before giving up.
 */
export async function writeAtomic(
  path: string,
  /** The content: bytes, text, bytes in pieces (a workbook's zip) or text in pieces (JSON, CSV). */
  data: Uint8Array | readonly Uint8Array[] | string | Iterable<string>,
  options: WriteAtomicOptions = {},
): Promise<void> {
  const io = options.fs ?? { open: fs.open, rename: fs.rename, unlink: fs.unlink };
  const temp = join(
    dirname(path),
    `.${tempStem(basename(path))}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const signal = options.signal;
  options.pending?.add(temp);
  try {
    signal?.throwIfAborted();
    const handle = await io.open(temp, 'wx', 0o644);
    try {
      signal?.throwIfAborted();
      if (typeof data === 'string' || data instanceof Uint8Array) {
        await handle.writeFile(data, signal === undefined ? {} : { signal });
      } else if (isByteList(data)) {
        await writeByteList(handle, data, signal);
      } else {
        await writePieces(handle, data, signal);
      }
      signal?.throwIfAborted();
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(io, temp, path, signal);
    options.pending?.delete(temp);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    options.pending?.delete(temp);
    throw error;
  }
}

/**
 * Writes a report given in pieces (a large JSON or CSV), about a megabyte per write call, the
 * pieces encoded straight into each batch (utf8Batches): joining them into a megabyte string
 * first made a string too big for the young generation on every write, and for a 2.6 GB JSON
 * report those dead strings piled up in the old generation to ~1.5 GB before the collector ran.
 */
async function writePieces(
  handle: fs.FileHandle,
  pieces: Iterable<string>,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (const bytes of utf8Batches(pieces, WRITE_BATCH)) {
    signal?.throwIfAborted();
    for (let at = 0; at < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
      at += bytesWritten;
    }
  }
}

const WRITE_BATCH = 1 << 20;

function isByteList(data: readonly Uint8Array[] | Iterable<string>): data is readonly Uint8Array[] {
  return Array.isArray(data) && data.every((piece) => piece instanceof Uint8Array);
}

/**
 * Writes bytes given in pieces one after another, as few calls as the system allows (writev):
 * a workbook's zip comes as its deflated parts and headers, never joined into one buffer.
 */
async function writeByteList(
  handle: fs.FileHandle,
  pieces: readonly Uint8Array[],
  signal: AbortSignal | undefined,
): Promise<void> {
  const queue = pieces.filter((piece) => piece.length > 0);
  let next = 0;
  while (next < queue.length) {
    signal?.throwIfAborted();
    let { bytesWritten } = await handle.writev(queue.slice(next, next + WRITEV_PIECES));
    if (bytesWritten === 0) throw new Error('the file took none of the bytes written to it');
    // Pieces written whole are done; one written in part (rare, for a file) resumes where it
    // stopped.
    while (next < queue.length && bytesWritten >= queue[next]!.length) {
      bytesWritten -= queue[next]!.length;
      next++;
    }
    if (bytesWritten > 0) queue[next] = queue[next]!.subarray(bytesWritten);
  }
}

/** Pieces per writev call: within every system's IOV_MAX (1024 on Linux and macOS). */
const WRITEV_PIECES = 1024;

/**
 * The report's name as the temp file's prefix, so a stray temp says whose it is — at most 64
 * bytes (whole characters): the temp must fit wherever the report's own name fits (a 240-byte
 * report name once made a 258-byte temp name that no file system takes, failing after the run).
 */
function tempStem(name: string): string {
  let stem = '';
  let bytes = 0;
  for (const char of name) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > TEMP_STEM_BYTES) break;
    stem += char;
  }
  return stem;
}

const TEMP_STEM_BYTES = 64;

async function renameWithRetry(
  io: AtomicFs,
  from: string,
  to: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    // The commit point: past this check the write completes whatever happens to the signal.
    signal?.throwIfAborted();
    try {
      await io.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const delay = RENAME_DELAYS_MS[attempt];
      if (code === undefined || !RETRYABLE_RENAME.has(code) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
