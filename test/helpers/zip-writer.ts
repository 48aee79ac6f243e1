import { Readable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A tiny zip writer for tests: STORED or DEFLATE entries, with the ability to lie about sizes,
 * CRCs, methods and flags, so the pre-flight can be fed every kind of broken archive without
 * binary fixtures in the repository.
 */
export interface ZipEntrySpec {
  name: string;
  /** Uncompressed content (ignored when `compressed` is given). */
  data?: Uint8Array | string;
  method?: 'store' | 'deflate';
  /** Already-compressed DEFLATE bytes (e.g. from deflateRepeated), with their true size and CRC. */
  compressed?: { bytes: Buffer; size: number; crc: number };
  /** Lies written into both headers instead of the truth. */
  declaredSize?: number;
  declaredCrc?: number;
  methodCode?: number;
  flags?: number;
}

interface HeaderFields {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/**
 * The fields a local and a central header share, in the same order: from byte 6 of a local
 * header and byte 8 of a central one (which has "version made by" first). Time and date stay 0.
 */
function writeHeaderFields(header: Buffer, at: number, f: HeaderFields): void {
  header.writeUInt16LE(f.flags, at);
  header.writeUInt16LE(f.method, at + 2);
  header.writeUInt32LE(f.crc >>> 0, at + 8);
  header.writeUInt32LE(f.compressedSize, at + 12);
  header.writeUInt32LE(f.size, at + 16);
  header.writeUInt16LE(f.nameLength, at + 20);
}

export function writeZip(specs: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const name = Buffer.from(spec.name, 'utf8');
    let payload: Buffer;
    let size: number;
    let crc: number;
    let method: number;
    if (spec.compressed !== undefined) {
      ({ size, crc } = spec.compressed);
      payload = spec.compressed.bytes;
      method = 8;
    } else {
      const raw =
        typeof spec.data === 'string'
          ? Buffer.from(spec.data, 'utf8')
          : Buffer.from(spec.data ?? []);
      size = raw.length;
      crc = crc32(raw);
      method = spec.method === 'store' ? 0 : 8;
      payload = method === 0 ? raw : deflateRawSync(raw);
    }
    method = spec.methodCode ?? method;
    const declaredSize = spec.declaredSize ?? size;
    const declaredCrc = spec.declaredCrc ?? crc;
    const flags = (spec.flags ?? 0) | 0x800;

    const shared: HeaderFields = {
      flags,
      method,
      crc: declaredCrc,
      compressedSize: payload.length,
      size: declaredSize,
      nameLength: name.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeHeaderFields(local, 6, shared);
    locals.push(local, name, payload);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeHeaderFields(central, 8, shared);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + payload.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * DEFLATE bytes of `size` copies of one byte, produced in 1 MB chunks so a 300 MB bomb never
 * exists uncompressed in the test process.
 */
export async function deflateRepeated(
  byte: number,
  size: number,
): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024, byte);
  let crc = 0;
  let left = size;
  const source = Readable.from(
    (function* () {
      while (left > 0) {
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= part.length;
        crc = crc32(part, crc);
        yield part;
      }
    })(),
  );
  const out: Buffer[] = [];
  for await (const piece of source.pipe(createDeflateRaw({ level: 9 }))) out.push(piece as Buffer);
  return { bytes: Buffer.concat(out), size, crc };
}

/** Every entry of a (well-formed) zip, inflated: to rewrite ExcelJS's output as STORED. */
export function unzipEntries(zip: Buffer): { name: string; data: Buffer }[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const raw = zip.subarray(dataAt, dataAt + compressedSize);
    entries.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
