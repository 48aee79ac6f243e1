/**
 * The fixed-size records of a zip archive (APPNOTE.TXT 4.3), each written as APPNOTE lists it:
 * the signature, then every field in order with its width in bytes (little-endian). Offsets and
 * sizes follow from the list, so reading a record is one call that returns its fields by name,
 * not a run of `readUInt16LE(at + 28)` whose offsets are checked by eye.
 */
export const END_OF_DIRECTORY = zipRecord(0x06054b50, [
  'disk:2 directoryDisk:2 entriesOnDisk:2 entries:2 directorySize:4 directoryOffset:4',
  'commentLength:2',
]);

export const ZIP64_LOCATOR = zipRecord(0x07064b50, ['directoryDisk:4 endOffset:8 disks:4']);

/** `recordSize` counts the bytes after it: 44, plus any extensible data. */
export const ZIP64_END_OF_DIRECTORY = zipRecord(0x06064b50, [
  'recordSize:8 madeBy:2 version:2 disk:4 directoryDisk:4 entriesOnDisk:8 entries:8',
  'directorySize:8 directoryOffset:8',
]);

export const CENTRAL_ENTRY = zipRecord(0x02014b50, [
  'madeBy:2 version:2 flags:2 method:2 time:2 date:2 crc:4 compressedSize:4 size:4',
  'nameLength:2 extraLength:2 commentLength:2 disk:2 internal:2 external:4 localOffset:4',
]);

export const LOCAL_HEADER = zipRecord(0x04034b50, [
  'version:2 flags:2 method:2 time:2 date:2 crc:4 compressedSize:4 size:4',
  'nameLength:2 extraLength:2',
]);

/** The optional signature of a data descriptor (the one record whose signature may be absent). */
export const DESCRIPTOR_SIGNATURE = 0x08074b50;

/** A 2- or 4-byte field at its maximum: a ZIP64 record or extra field holds the value instead. */
export const U16_MAX = 0xffff;
export const U32_MAX = 0xffffffff;

/** The field names of a layout line such as `'disk:2 entries:8'`. */
type FieldNames<S extends string> = S extends `${infer Name}:${string} ${infer Rest}`
  ? Name | FieldNames<Rest>
  : S extends `${infer Name}:${string}`
    ? Name
    : never;

interface ZipRecord<F extends string> {
  signature: number;
  /** Bytes, the signature included. */
  size: number;
  fields: readonly { name: F; offset: number; width: number }[];
}

/** A record from its signature and its fields in order, `name:width`, over as many lines as fit. */
function zipRecord<const S extends readonly string[]>(
  signature: number,
  layout: S,
): ZipRecord<FieldNames<S[number]>> {
  const fields: { name: FieldNames<S[number]>; offset: number; width: number }[] = [];
  let offset = 4;
  for (const field of layout.join(' ').split(' ')) {
    const [name = '', width = ''] = field.split(':');
    fields.push({ name: name as FieldNames<S[number]>, offset, width: Number(width) });
    offset += Number(width);
  }
  return { signature, size: offset, fields };
}

/**
 * The record at `at` when it lies whole within `[0, limit)` and starts with its signature, as its
 * fields by name; null otherwise.
 */
export function readZipRecord<F extends string>(
  buf: Buffer,
  at: number,
  record: ZipRecord<F>,
  limit: number,
): Record<F, number> | null {
  if (at < 0 || at + record.size > limit || buf.readUInt32LE(at) !== record.signature) return null;
  const out = {} as Record<F, number>;
  for (const { name, offset, width } of record.fields) {
    out[name] =
      width === 2
        ? buf.readUInt16LE(at + offset)
        : width === 4
          ? buf.readUInt32LE(at + offset)
          : safeNumber(buf.readBigUInt64LE(at + offset));
  }
  return out;
}

export function safeNumber(value: bigint): number {
  // Anything past 2^53 is nonsense for a file that fits in memory; it fails the bounds checks.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
