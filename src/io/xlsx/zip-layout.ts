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

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const EOCD_SIZE = 22;
const LOCATOR_SIZE = 20;
const MAX_COMMENT = 0xffff;
const U32 = 0xffffffff;

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
  if (buf.length < EOCD_SIZE) throw new ZipStructureError('the file is truncated');
  const lowest = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  let sawSignature = false;
  for (let at = buf.length - EOCD_SIZE; at >= lowest; at--) {
    if (buf.readUInt32LE(at) !== SIG_EOCD) continue;
    sawSignature = true;
    if (at + EOCD_SIZE + buf.readUInt16LE(at + 20) !== buf.length) continue;
    const disk = buf.readUInt16LE(at + 4);
    const cdDisk = buf.readUInt16LE(at + 6);
    const onDisk = buf.readUInt16LE(at + 8);
    const count = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 12);
    const offset = buf.readUInt32LE(at + 16);
    if (count === 0xffff || size === U32 || offset === U32) return readZip64End(buf, at);
    if (disk !== 0 || cdDisk !== 0 || onDisk !== count) {
      throw new ZipStructureError('a multi-part (split) zip archive');
    }
    return { count, offset, size, end: at };
  }
  throw new ZipStructureError(
    sawSignature
      ? 'unexpected bytes after the end of the zip archive'
      : 'the zip directory is missing: the file is truncated or not a zip',
  );
}

function readZip64End(buf: Buffer, eocdAt: number): Directory {
  const locatorAt = eocdAt - LOCATOR_SIZE;
  if (locatorAt < 0 || buf.readUInt32LE(locatorAt) !== SIG_ZIP64_LOCATOR) {
    throw new ZipStructureError('the ZIP64 end record is missing');
  }
  const recordAt = safeNumber(buf.readBigUInt64LE(locatorAt + 8));
  if (recordAt + 56 > locatorAt || buf.readUInt32LE(recordAt) !== SIG_ZIP64_EOCD) {
    throw new ZipStructureError('the ZIP64 end record is damaged');
  }
  // The record's own size field counts the bytes after it; it must reach the locator exactly.
  if (recordAt + 12 + safeNumber(buf.readBigUInt64LE(recordAt + 4)) !== locatorAt) {
    throw new ZipStructureError('unaccounted bytes around the ZIP64 end record');
  }
  return {
    count: safeNumber(buf.readBigUInt64LE(recordAt + 32)),
    size: safeNumber(buf.readBigUInt64LE(recordAt + 40)),
    offset: safeNumber(buf.readBigUInt64LE(recordAt + 48)),
    end: recordAt,
  };
}

function safeNumber(value: bigint): number {
  // Anything past 2^53 is nonsense for a file that fits in memory; it fails the bounds checks.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function readCentralDirectory(buf: Buffer, directory: Directory): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const end = directory.offset + directory.size;
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== SIG_CENTRAL) {
      throw new ZipStructureError('the zip directory is damaged');
    }
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    let compressedSize = buf.readUInt32LE(at + 20);
    let size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    let localOffset = buf.readUInt32LE(at + 42);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw new ZipStructureError('the zip directory is damaged');
    const nameBytes = buf.subarray(nameStart, extraStart);
    // Bit 11: the name is UTF-8; otherwise CP437, which is ASCII for every name Excel writes.
    const name = nameBytes.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
    if (size === U32 || compressedSize === U32 || localOffset === U32) {
      const z = readZip64Extra(buf.subarray(extraStart, extraStart + extraLength), {
        size: size === U32,
        compressed: compressedSize === U32,
        offset: localOffset === U32,
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
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) {
    throw new ZipStructureError('local header missing (truncated or damaged)', name);
  }
  const nameLength = buf.readUInt16LE(at + 26);
  const extraLength = buf.readUInt16LE(at + 28);
  if (!buf.subarray(at + 30, at + 30 + nameLength).equals(nameBytes)) {
    throw new ZipStructureError('local header name differs from the directory', name);
  }
  if (buf.readUInt16LE(at + 8) !== method) {
    throw new ZipStructureError('local header method differs from the directory', name);
  }
  return at + 30 + nameLength + extraLength;
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
  const signed = at + 4 <= buf.length && buf.readUInt32LE(at) === SIG_DESCRIPTOR ? 4 : 0;
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
