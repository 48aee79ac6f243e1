import { crc32, deflateRawSync } from 'node:zlib';
import type { DeflatedEntry } from './xlsx-deflate-sheet.js';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

interface ZipRecord {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** A stored-order zip (entries in the order added) of deflated entries (no ZIP64: the parts stay far below 4 GiB). */
export class XlsxZip {
  private readonly chunks: Uint8Array[] = [];
  private readonly records: ZipRecord[] = [];
  /** In zip order; streamed entries resolve when zlib has finished them. */
  private readonly entries: { name: string; content: Promise<DeflatedEntry> }[] = [];
  private offset = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(
    date: Date,
    private readonly level: number,
  ) {
    // DOS stamps hold a wall-clock time with no zone: Vietnam's (UTC+7, no daylight saving),
    // computed without the local zone, so the bytes are the same on every machine.
    const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
    const year = local.getUTCFullYear();
    if (year >= 1980 && year <= 2107) {
      this.dosDate = ((year - 1980) << 9) | ((local.getUTCMonth() + 1) << 5) | local.getUTCDate();
      this.dosTime =
        (local.getUTCHours() << 11) | (local.getUTCMinutes() << 5) | (local.getUTCSeconds() >> 1);
    } else {
      // Outside what DOS stamps can hold: 1980-01-01 00:00, still fixed.
      this.dosDate = (1 << 5) | 1;
      this.dosTime = 0;
    }
  }

  /** A small part, deflated at once. */
  add(name: string, text: string): void {
    const data = Buffer.from(text, 'utf8');
    const compressed = deflateRawSync(data, { level: this.level });
    this.entries.push({
      name,
      content: Promise.resolve({
        crc: crc32(data) >>> 0,
        size: data.length,
        data: [compressed],
        compressedSize: compressed.length,
      }),
    });
  }

  /** An entry whose content is still being deflated; it keeps its place in the zip. */
  addPending(name: string, content: Promise<DeflatedEntry>): void {
    this.entries.push({ name, content });
  }

  private append(name: string, entry: DeflatedEntry): void {
    const { crc, size, data, compressedSize } = entry;
    const nameBytes = Buffer.from(name, 'utf8');
    const record = { name: nameBytes, crc: crc >>> 0, compressedSize, size, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    this.writeShared(header, 4, record);
    // Extra field length: zero.
    this.records.push(record);
    this.chunks.push(header, nameBytes, ...data);
    this.offset += header.length + nameBytes.length + compressedSize;
  }

  /**
   * The fields a local header and its directory entry share, from "version needed" to the name's
   * length (APPNOTE 4.3.7 and 4.3.12): version 2.0, UTF-8 names, deflate, the time, the CRC and
   * the sizes.
   */
  private writeShared(buf: Buffer, at: number, record: ZipRecord): void {
    buf.writeUInt16LE(20, at);
    buf.writeUInt16LE(0x0800, at + 2);
    buf.writeUInt16LE(8, at + 4);
    buf.writeUInt16LE(this.dosTime, at + 6);
    buf.writeUInt16LE(this.dosDate, at + 8);
    buf.writeUInt32LE(record.crc, at + 10);
    buf.writeUInt32LE(record.compressedSize, at + 14);
    buf.writeUInt32LE(record.size, at + 18);
    buf.writeUInt16LE(record.name.length, at + 22);
  }

  /**
   * The zip's bytes in order, once every entry is deflated: the pieces as they are, not joined —
   * a report's megabytes are written to the file piece by piece (a joined copy cost a fresh
   * buffer the size of the file, ~2 % of exporting the communes).
   */
  async finish(): Promise<Uint8Array[]> {
    const contents = await Promise.all(this.entries.map((entry) => entry.content));
    contents.forEach((content, index) => this.append(this.entries[index]!.name, content));
    const start = this.offset;
    let directorySize = 0;
    for (const record of this.records) {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      // Version made by, then the fields the local header has too.
      entry.writeUInt16LE(20, 4);
      this.writeShared(entry, 6, record);
      // Extra, comment, disk, internal and external attributes: all zero.
      entry.writeUInt32LE(record.offset, 42);
      this.chunks.push(entry, record.name);
      directorySize += entry.length + record.name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.records.length, 8);
    end.writeUInt16LE(this.records.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(start, 16);
    this.chunks.push(end);
    return this.chunks;
  }
}
