import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import {
  trustedCompiledSet,
  type CompiledSet,
  type CompiledSetStamp,
} from '../../core/set/compiled-set.js';

/**
 * Far above what the largest accepted set (1 MB of YAML) compiles to, and small enough that a
 * stray huge file is never read into memory.
 */
const MAX_COMPILED_BYTES = 32 * 1024 * 1024;

// A FIFO planted where a compiled file is expected must not block the open; O_NONBLOCK is
// harmless for regular files (Windows has no such flag and no FIFOs in the file system).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The compiled set stored at `path` when it was compiled from exactly this YAML by this tool;
 * null for anything else — no file, not a regular file, too large, not UTF-8 JSON, another
 * format, version or YAML, or a shape compiledSet never writes. Never throws: a compiled file
 * only ever saves time, so any doubt means reading the YAML instead.
 */
export async function readCompiledSetFile(
  path: string,
  stamp: CompiledSetStamp,
): Promise<CompiledSet | null> {
  let text: string;
  try {
    const handle = await open(path, OPEN_FLAGS);
    try {
      const info = await handle.stat();
      if (!info.isFile() || info.size > MAX_COMPILED_BYTES) return null;
      // Never more than the size just checked, even if the file grows meanwhile.
      const bytes = Buffer.alloc(info.size);
      const { bytesRead } = await handle.read(bytes, 0, info.size, 0);
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
    return trustedCompiledSet(JSON.parse(text), stamp);
  } catch {
    return null;
  }
}

/**
 * The JSON text of a compiled set, or null when it would be too large to be read back (far more
 * than the largest accepted YAML compiles to): then it is not stored at all.
 */
export function compiledSetText(compiled: CompiledSet): string | null {
  const text = JSON.stringify(compiled);
  return Buffer.byteLength(text) > MAX_COMPILED_BYTES ? null : text;
}
