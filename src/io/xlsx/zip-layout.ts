import {
  CENTRAL_ENTRY,
  DESCRIPTOR_SIGNATURE,
  U16_MAX,
  U32_MAX,
  END_OF_DIRECTORY,
  LOCAL_HEADER,
  readZipRecord,
  safeNumber,
  ZIP64_END_OF_DIRECTORY,
  ZIP64_LOCATOR,
} from './zip-records.js';

/**
 * The byte layout of a zip archive, accounted for from the first byte to the last: local entries
 * back to back from offset 0, then the central directory, then (ZIP64) its end record and
 * locator, then the end-of-directory record whose comment ends the file. Readers disagree on
 * anything else — bytes between entries, a gap before the end record, a second directory, data
 * after the comment, entries that overlap — and one of them may then read a different archive
 * from the one checked (a JSZip differential let a 3 MB file inflate 1.5 GB unseen). So any
 * unaccounted byte makes the file corrupt.
 */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the local header starts and where the entry's data starts (after name and extra). */
  localOffset: number;
  dataStart: number;
}

export class ZipStructureError extends Error {
  constructor(
    message: string,
    readonly entry: string | null = null,
  ) {
    super(message);
  }
}

export type ZipLayout = { kind: 'ok'; entries: ZipEntry[] } | { kind: 'too-many'; count: number };

interface Directory {
  count: number;
  offset: number;
  size: number;
  /** Where the directory must end: the ZIP64 end record, or the end record. */
  end: number;
}

/** Reads and accounts for the whole archive, or throws ZipStructureError saying what is wrong. */
export function readZipLayout(buf: Buffer, maxEntries: number): ZipLayout {
  const directory = readEndOfDirectory(buf);
  if (directory.count > maxEntries) return { kind: 'too-many', count: directory.count };
  if (directory.offset + directory.size !== directory.end) {
    throw new ZipStructureError(
      directory.offset + directory.size < directory.end
        ? 'unaccounted bytes between the zip directory and its end record'
        : 'the zip directory overruns its end record',
    );
  }
  const entries = readCentralDirectory(buf, directory);
  checkEntriesBackToBack(buf, entries, directory.offset);
  return { kind: 'ok', entries };
}

/**
 * The end record is the one whose comment ends exactly at the end of the file: a signature
 * inside a comment or inside data is not it, and bytes after the comment are refused.
 */
function readEndOfDirectory(buf: Buffer): Directory {
  const { size } = END_OF_DIRECTORY;
  if (buf.length < size) throw new ZipStructureError('the file is truncated');
  // The comment, whose length is a 2-byte field, is at most U16_MAX bytes.
  const lowest = Math.max(0, buf.length - size - U16_MAX);
  let sawSignature = false;
  for (let at = buf.length - size; at >= lowest; at--) {
    const end = readZipRecord(buf, at, END_OF_DIRECTORY, buf.length);
    if (end === null) continue;
    sawSignature = true;
    if (at + size + end.commentLength !== buf.length) continue;
    const count = end.entries;
    if (count === U16_MAX || end.directorySize === U32_MAX || end.directoryOffset === U32_MAX) {
      return readZip64End(buf, at);
    }
    if (end.disk !== 0 || end.directoryDisk !== 0 || end.entriesOnDisk !== count) {
      throw new ZipStructureError('a multi-part (split) zip archive');
    }
    return { count, offset: end.directoryOffset, size: end.directorySize, end: at };
  }
  throw new ZipStructureError(
    sawSignature
      ? 'unexpected bytes after the end of the zip archive'
      : 'the zip directory is missing: the file is truncated or not a zip',
  );
}

function readZip64End(buf: Buffer, eocdAt: number): Directory {
  const locatorAt = eocdAt - ZIP64_LOCATOR.size;
  const locator = readZipRecord(buf, locatorAt, ZIP64_LOCATOR, eocdAt);
  if (locator === null) throw new ZipStructureError('the ZIP64 end record is missing');
  const recordAt = locator.endOffset;
  const record = readZipRecord(buf, recordAt, ZIP64_END_OF_DIRECTORY, locatorAt);
  if (record === null) throw new ZipStructureError('the ZIP64 end record is damaged');
  // The record's own size field counts the bytes after it; it must reach the locator exactly.
  if (recordAt + 12 + record.recordSize !== locatorAt) {
    throw new ZipStructureError('unaccounted bytes around the ZIP64 end record');
  }
  return {
    count: record.entries,
    size: record.directorySize,
    offset: record.directoryOffset,
    end: recordAt,
  };
}

function readCentralDirectory(buf: Buffer, directory: Directory): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const end = directory.offset + directory.size;
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    const record = readZipRecord(buf, at, CENTRAL_ENTRY, end);
    if (record === null) throw new ZipStructureError('the zip directory is damaged');
    const { flags, method, crc, extraLength } = record;
    let { compressedSize, size, localOffset } = record;
    const nameStart = at + CENTRAL_ENTRY.size;
    const extraStart = nameStart + record.nameLength;
    const next = extraStart + extraLength + record.commentLength;
    if (next > end) throw new ZipStructureError('the zip directory is damaged');
    const nameBytes = buf.subarray(nameStart, extraStart);
    // Bit 11: the name is UTF-8; otherwise CP437, which is ASCII for every name Excel writes.
    const name = nameBytes.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
    if (size === U32_MAX || compressedSize === U32_MAX || localOffset === U32_MAX) {
      const z = readZip64Extra(buf.subarray(extraStart, extraStart + extraLength), {
        size: size === U32_MAX,
        compressed: compressedSize === U32_MAX,
        offset: localOffset === U32_MAX,
      });
      if (z === null) throw new ZipStructureError('damaged ZIP64 sizes', name);
      size = z.size ?? size;
      compressedSize = z.compressedSize ?? compressedSize;
      localOffset = z.localOffset ?? localOffset;
    }
    const dataStart = localDataStart(buf, localOffset, nameBytes, method, name);
    entries.push({ name, flags, method, crc, compressedSize, size, localOffset, dataStart });
    at = next;
  }
  if (at !== end) throw new ZipStructureError('unaccounted bytes in the zip directory');
  return entries;
}

/** Checks the local header against the directory and returns where the entry's data starts. */
function localDataStart(
  buf: Buffer,
  at: number,
  nameBytes: Buffer,
  method: number,
  name: string,
): number {
  const local = readZipRecord(buf, at, LOCAL_HEADER, buf.length);
  if (local === null) {
    throw new ZipStructureError('local header missing (truncated or damaged)', name);
  }
  const nameStart = at + LOCAL_HEADER.size;
  if (!buf.subarray(nameStart, nameStart + local.nameLength).equals(nameBytes)) {
    throw new ZipStructureError('local header name differs from the directory', name);
  }
  if (local.method !== method) {
    throw new ZipStructureError('local header method differs from the directory', name);
  }
  return nameStart + local.nameLength + local.extraLength;
}

/** The ZIP64 extra field (id 1) holds, in order, only the fields that overflowed. */
function readZip64Extra(
  extra: Buffer,
  wanted: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressedSize?: number; localOffset?: number } | null {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      const out: { size?: number; compressedSize?: number; localOffset?: number } = {};
      let p = at + 4;
      const next = (): number | null => {
        if (p + 8 > at + 4 + length || p + 8 > extra.length) return null;
        const v = safeNumber(extra.readBigUInt64LE(p));
        p += 8;
        return v;
      };
      for (const key of ['size', 'compressed', 'offset'] as const) {
        if (!wanted[key]) continue;
        const v = next();
        if (v === null) return null;
        if (key === 'size') out.size = v;
        else if (key === 'compressed') out.compressedSize = v;
        else out.localOffset = v;
      }
      return out;
    }
    at += 4 + length;
  }
  return null;
}

/**
 * Entries in file order must start at offset 0 and follow each other without a byte between
 * them (but the data descriptor of an entry written with bit 3, which must repeat the
 * directory's CRC and sizes); the last one ends where the directory starts.
 */
function checkEntriesBackToBack(
  buf: Buffer,
  entries: readonly ZipEntry[],
  directoryOffset: number,
): void {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  for (const entry of byOffset) {
    if (entry.localOffset !== expected) {
      throw new ZipStructureError(
        entry.localOffset > expected
          ? `unaccounted bytes before this entry (offset ${expected})`
          : 'entries overlap',
        entry.name,
      );
    }
    const dataEnd = entry.dataStart + entry.compressedSize;
    if (dataEnd > directoryOffset) {
      throw new ZipStructureError('the entry runs into the zip directory', entry.name);
    }
    expected = dataEnd + descriptorLength(buf, entry, dataEnd);
  }
  if (expected !== directoryOffset) {
    throw new ZipStructureError('unaccounted bytes between the last entry and the zip directory');
  }
}

/** The length of the data descriptor after an entry's data: 0 unless flag bit 3 is set. */
function descriptorLength(buf: Buffer, entry: ZipEntry, at: number): number {
  if ((entry.flags & 0x8) === 0) return 0;
  const signed = at + 4 <= buf.length && buf.readUInt32LE(at) === DESCRIPTOR_SIGNATURE ? 4 : 0;
  const p = at + signed;
  if (p + 12 > buf.length || buf.readUInt32LE(p) >>> 0 !== entry.crc >>> 0) {
    throw new ZipStructureError('the data descriptor does not match the directory', entry.name);
  }
  if (buf.readUInt32LE(p + 4) === entry.compressedSize && buf.readUInt32LE(p + 8) === entry.size) {
    return signed + 12;
  }
  if (
    p + 20 <= buf.length &&
    safeNumber(buf.readBigUInt64LE(p + 4)) === entry.compressedSize &&
    safeNumber(buf.readBigUInt64LE(p + 12)) === entry.size
  ) {
    return signed + 20;
  }
  throw new ZipStructureError('the data descriptor does not match the directory', entry.name);
}
