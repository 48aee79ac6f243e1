import { describe, expect, it } from 'vitest';
import {
  CENTRAL_ENTRY,
  END_OF_DIRECTORY,
  LOCAL_HEADER,
  readZipRecord,
  ZIP64_END_OF_DIRECTORY,
  ZIP64_LOCATOR,
} from '../../../src/io/xlsx/zip-records.js';

const offsetOf = (record: { fields: readonly { name: string; offset: number }[] }, name: string) =>
  record.fields.find((field) => field.name === name)?.offset;

describe('zip records (APPNOTE 4.3)', () => {
  it.each([
    ['end of directory', END_OF_DIRECTORY, 22, 'commentLength', 20],
    ['ZIP64 locator', ZIP64_LOCATOR, 20, 'endOffset', 8],
    ['ZIP64 end of directory', ZIP64_END_OF_DIRECTORY, 56, 'directoryOffset', 48],
    ['central directory entry', CENTRAL_ENTRY, 46, 'localOffset', 42],
    ['local header', LOCAL_HEADER, 30, 'nameLength', 26],
  ])('%s: %i bytes, its %s at %i', (_, record, size, field, offset) => {
    expect(record.size).toBe(size);
    expect(offsetOf(record, field)).toBe(offset);
  });

  it('reads fields of 2, 4 and 8 bytes by name, only a whole record with its signature', () => {
    const buf = Buffer.alloc(20);
    buf.writeUInt32LE(0x07064b50, 0);
    buf.writeUInt32LE(3, 4);
    buf.writeBigUInt64LE(0x1_0000_0002n, 8);
    buf.writeUInt32LE(1, 16);
    expect(readZipRecord(buf, 0, ZIP64_LOCATOR, 20)).toEqual({
      directoryDisk: 3,
      endOffset: 0x1_0000_0002,
      disks: 1,
    });
    expect(readZipRecord(buf, 0, ZIP64_LOCATOR, 19)).toBeNull();
    expect(readZipRecord(buf, -1, ZIP64_LOCATOR, 20)).toBeNull();
    expect(readZipRecord(buf, 0, END_OF_DIRECTORY, 20)).toBeNull();
    buf.writeBigUInt64LE(2n ** 60n, 8);
    expect(readZipRecord(buf, 0, ZIP64_LOCATOR, 20)?.endOffset).toBe(Number.MAX_SAFE_INTEGER);
  });
});
