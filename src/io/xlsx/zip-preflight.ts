import { isUtf8 } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';

/**
 * The zip pre-flight of spec §5, run before ExcelJS sees the bytes. ExcelJS (through JSZip)
 * inflates every entry with no size cap, trusts declared sizes and never checks CRCs, so a small
 * bomb can exhaust memory and a flipped byte reads back as a different number. Here the central
 * directory is parsed by hand, every declared size is bounded before anything is inflated, each
 * entry is inflated with an output cap of its declared size + 1 (a lying entry stops one byte
 * past its claim) and its CRC-32 compared with the directory's.
 */
export interface ZipPreflightLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const ZIP_PREFLIGHT_LIMITS: ZipPreflightLimits = {
  maxEntries: 1000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
};

/**
 * What the zip holds: an .xlsx/.xlsm workbook, or something else named by its usual extension
 * ('.xlsb', '.ods', …) or 'zip' for an unrecognised archive.
 */
type ZipContent = 'xlsx' | '.xlsb' | '.ods' | '.odt' | '.odp' | '.docx' | '.pptx' | 'zip';

export interface ZipPreflightResult {
  /** Errors refuse the file; the only warning is FILE_XLSX_MACROS_IGNORED. */
  findings: Finding[];
  /** Entry names in directory order (empty when the directory could not be read). */
  entries: string[];
  content: ZipContent | null;
  /** What the reader must know that ExcelJS gets wrong (set only when the file passed). */
  hints?: XlsxHints;
}

/**
 * Facts read from the raw XML that ExcelJS 4.4 misreads: `date1904="true"` (a valid xsd:boolean
 * it ignores, shifting every date by 1,462 days) and ISO date cells `t="d"` (which it turns into
 * the number 2024 with parseFloat).
 */
export interface XlsxHints {
  date1904: boolean;
  /** ISO-date cells by sheet name (NFC) and A1 address, with the text written in the file. */
  isoDates: { sheet: string; cell: string; text: string }[];
}

interface ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MB = 1024 * 1024;

class ZipStructureError extends Error {}

export function zipPreflight(
  bytes: Uint8Array,
  file: string,
  limits: ZipPreflightLimits = ZIP_PREFLIGHT_LIMITS,
): ZipPreflightResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (detail: string, entry: string | null = null): Finding =>
    makeFinding(
      'FILE_XLSX_CORRUPT',
      { entry, detail: entry === null ? detail : `${entry}: ${detail}` },
      { file },
      { value: entry },
    );

  let entries: ZipEntry[];
  try {
    const directory = readEndOfDirectory(buf);
    if (directory.count > limits.maxEntries) {
      const finding = makeFinding(
        'FILE_XLSX_TOO_MANY_ENTRIES',
        { count: directory.count, max: limits.maxEntries },
        { file },
      );
      return { findings: [finding], entries: [], content: null };
    }
    entries = readCentralDirectory(buf, directory);
  } catch (error) {
    if (error instanceof ZipStructureError) {
      return { findings: [corrupt(error.message)], entries: [], content: null };
    }
    throw error;
  }

  const names = entries.map((e) => e.name);
  const findings = checkNamesAndSizes(entries, file, limits);
  if (findings.length > 0) return { findings, entries: names, content: null };

  const content = zipContent(buf, entries);
  if (content !== 'xlsx') {
    const finding = makeFinding('FILE_NOT_SPREADSHEETML', { format: content }, { file });
    return { findings: [finding], entries: names, content };
  }

  const xml = new Map<string, Buffer>();
  for (const entry of entries) {
    const verified = verifyEntry(buf, entry);
    if (verified === 'encrypted') {
      findings.push(makeFinding('FILE_XLSX_ENCRYPTED', {}, { file }, { value: entry.name }));
    } else if (typeof verified === 'string') {
      findings.push(corrupt(verified, entry.name));
    } else {
      const problem = xmlProblem(entry.name, verified);
      if (problem !== null) findings.push(corrupt(problem, entry.name));
      else if (keepForHints(entry.name, verified)) xml.set(entry.name, verified);
    }
  }
  if (findings.length > 0) return { findings, entries: names, content };
  if (names.includes('xl/vbaProject.bin')) {
    findings.push(makeFinding('FILE_XLSX_MACROS_IGNORED', {}, { file }));
  }
  return { findings, entries: names, content, hints: xlsxHints(xml) };
}

/** Only the parts xlsxHints reads are kept: never every sheet of a 200 MB workbook. */
function keepForHints(name: string, content: Buffer): boolean {
  if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') return true;
  return isXmlPart(name) && content.includes('t="d"');
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

/**
 * XML parts must be UTF-8 or UTF-16 (with a BOM) and carry no DTD: OPC (ECMA-376 Part 2, M1.17)
 * forbids DTD declarations, and they are where entity bombs and external entities live. SAX
 * parsers downstream would otherwise turn bad bytes into U+FFFD without a word, and report an
 * entity error without naming the part.
 */
function xmlProblem(name: string, content: Buffer): string | null {
  if (!isXmlPart(name)) return null;
  const utf16 =
    content.length >= 2 &&
    ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff));
  if (utf16) return null;
  if (!isUtf8(content)) return 'XML that is not valid UTF-8 text';
  if (content.includes('<!DOCTYPE') || content.includes('<!ENTITY')) {
    return 'XML with a DTD (<!DOCTYPE>/<!ENTITY>), which .xlsx files never contain';
  }
  return null;
}

/** Reads the facts of XlsxHints from the workbook part, its relationships and the sheets. */
function xlsxHints(xml: ReadonlyMap<string, Buffer>): XlsxHints {
  const workbook = xml.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = /\bdate1904\s*=\s*["']\s*(1|true)\s*["']/.test(pr);
  const isoDates: XlsxHints['isoDates'] = [];
  const rels = xml.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id !== null && target !== null) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name');
    const id = attribute(m[0], 'r:id') ?? attribute(m[0], 'id');
    const part = id === null ? undefined : targets.get(id);
    const sheetXml = part === undefined ? undefined : xml.get(part);
    if (name === null || sheetXml === undefined || !sheetXml.includes('t="d"')) continue;
    const text = sheetXml.toString('utf8');
    for (const c of text.matchAll(/<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?v>([^<]*)</g)) {
      if (!/\bt\s*=\s*["']d["']/.test(c[1]!)) continue;
      const ref = /\br\s*=\s*["']([A-Z]+\d+)["']/.exec(c[1]!)?.[1];
      if (ref === undefined) continue;
      isoDates.push({ sheet: unescapeXml(name).normalize('NFC'), cell: ref, text: c[2]!.trim() });
      if (isoDates.length >= 10_000) break;
    }
  }
  return { date1904, isoDates };
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? null : (m[2] ?? m[3] ?? null);
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (all, name: string) => {
    const lower = name.toLowerCase();
    const known = NAMED_ENTITIES.get(lower);
    if (known !== undefined) return known;
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

interface EndOfDirectory {
  count: number;
  offset: number;
  size: number;
}

/** Finds the End Of Central Directory record (and its ZIP64 form when the fields overflow). */
function readEndOfDirectory(buf: Buffer): EndOfDirectory {
  const lowest = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = buf.length - EOCD_SIZE; at >= lowest; at--) {
    if (buf.readUInt32LE(at) !== SIG_EOCD) continue;
    const disk = buf.readUInt16LE(at + 4);
    const cdDisk = buf.readUInt16LE(at + 6);
    let count = buf.readUInt16LE(at + 10);
    let size = buf.readUInt32LE(at + 12);
    let offset = buf.readUInt32LE(at + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const zip64 = readZip64End(buf, at);
      if (zip64 === null) continue;
      ({ count, size, offset } = zip64);
    } else if (disk !== 0 || cdDisk !== 0) {
      throw new ZipStructureError('a multi-part (split) zip archive');
    }
    // A signature inside a comment or inside data does not point at a directory before it.
    if (offset + size > at) continue;
    return { count, offset, size };
  }
  if (buf.length < EOCD_SIZE) throw new ZipStructureError('the file is truncated');
  throw new ZipStructureError('the zip directory is missing: the file is truncated or not a zip');
}

function readZip64End(buf: Buffer, eocdAt: number): EndOfDirectory | null {
  const locatorAt = eocdAt - 20;
  if (locatorAt < 0 || buf.readUInt32LE(locatorAt) !== SIG_ZIP64_LOCATOR) return null;
  const recordAt = toSafeNumber(buf.readBigUInt64LE(locatorAt + 8));
  if (recordAt + 56 > locatorAt || buf.readUInt32LE(recordAt) !== SIG_ZIP64_EOCD) return null;
  return {
    count: toSafeNumber(buf.readBigUInt64LE(recordAt + 32)),
    size: toSafeNumber(buf.readBigUInt64LE(recordAt + 40)),
    offset: toSafeNumber(buf.readBigUInt64LE(recordAt + 48)),
  };
}

function toSafeNumber(value: bigint): number {
  // Anything past 2^53 is nonsense for a file that fits in memory; it fails the bounds checks.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function readCentralDirectory(buf: Buffer, directory: EndOfDirectory): ZipEntry[] {
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
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = readZip64Extra(buf.subarray(extraStart, extraStart + extraLength), {
        size: size === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localOffset === 0xffffffff,
      });
      if (z === null) throw new ZipStructureError(`${name}: damaged ZIP64 sizes`);
      size = z.size ?? size;
      compressedSize = z.compressedSize ?? compressedSize;
      localOffset = z.localOffset ?? localOffset;
    }
    entries.push({
      name,
      nameBytes,
      flags,
      method,
      crc,
      compressedSize,
      size,
      localOffset,
    });
    at = next;
  }
  return entries;
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
        const v = toSafeNumber(extra.readBigUInt64LE(p));
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

/** Every check that needs no inflating: names, duplicates, declared sizes (each and in all). */
function checkNamesAndSizes(
  entries: readonly ZipEntry[],
  file: string,
  limits: ZipPreflightLimits,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (isUnsafeName(entry.name)) {
      findings.push(
        makeFinding(
          'FILE_XLSX_UNSAFE_ENTRY_NAME',
          { entry: entry.name },
          { file },
          { value: entry.name },
        ),
      );
      continue;
    }
    if (seen.has(entry.name)) {
      // Two parts with one name: readers disagree on which one wins, so neither can be trusted.
      findings.push(
        makeFinding(
          'FILE_XLSX_CORRUPT',
          { entry: entry.name, detail: `${entry.name}: duplicate entry` },
          { file },
          { value: entry.name },
        ),
      );
      continue;
    }
    seen.add(entry.name);
    if (entry.size > limits.maxEntryBytes) {
      findings.push(tooLarge(file, entry.name, entry.size, limits.maxEntryBytes));
    }
    total += entry.size;
  }
  if (findings.length === 0 && total > limits.maxTotalBytes) {
    findings.push(tooLarge(file, null, total, limits.maxTotalBytes));
  }
  return findings;
}

function tooLarge(file: string, entry: string | null, size: number, max: number): Finding {
  return makeFinding(
    'FILE_XLSX_TOO_LARGE',
    { entry: entry ?? '(total)', sizeMb: megabytes(size), maxMb: megabytes(max) },
    { file },
    { value: entry },
  );
}

function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

function isUnsafeName(name: string): boolean {
  if (name.length === 0 || name.includes('\0')) return true;
  if (name.startsWith('/') || name.startsWith('\\')) return true;
  if (/^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

/** What the archive holds, judged from entry names (and the ODF `mimetype` when stored). */
function zipContent(buf: Buffer, entries: readonly ZipEntry[]): ZipContent {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return '.xlsb';
  if (names.has('word/document.xml')) return '.docx';
  if (names.has('ppt/presentation.xml')) return '.pptx';
  const mimetypeEntry = entries.find((e) => e.name === 'mimetype');
  if (mimetypeEntry !== undefined || names.has('content.xml')) {
    const mimetype = mimetypeEntry === undefined ? '' : storedText(buf, mimetypeEntry);
    if (mimetype.includes('opendocument.text')) return '.odt';
    if (mimetype.includes('opendocument.presentation')) return '.odp';
    return '.ods';
  }
  return 'zip';
}

function storedText(buf: Buffer, entry: ZipEntry): string {
  if (entry.method !== 0 || entry.size > 200) return '';
  const data = entryData(buf, entry);
  return typeof data === 'string' ? '' : data.toString('latin1');
}

/** The compressed bytes of an entry, or why they cannot be found. */
function entryData(buf: Buffer, entry: ZipEntry): Buffer | string {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) {
    return 'local header missing (truncated or damaged)';
  }
  const nameLength = buf.readUInt16LE(at + 26);
  const extraLength = buf.readUInt16LE(at + 28);
  const localName = buf.subarray(at + 30, at + 30 + nameLength);
  if (!localName.equals(entry.nameBytes)) return 'local header name differs from the directory';
  const start = at + 30 + nameLength + extraLength;
  const end = start + entry.compressedSize;
  if (end > buf.length) return 'truncated';
  return buf.subarray(start, end);
}

/** Inflates one entry under a cap and checks size and CRC; returns a problem or the content. */
function verifyEntry(buf: Buffer, entry: ZipEntry): string | Buffer {
  // Bit 0: traditional or strong encryption; the data cannot be checked, the file not read.
  if ((entry.flags & 0x1) !== 0) return 'encrypted';
  const data = entryData(buf, entry);
  if (typeof data === 'string') return data;
  let content: Buffer;
  if (entry.method === 0) {
    if (data.length !== entry.size) return 'stored size differs from the declared size';
    content = data;
  } else if (entry.method === 8) {
    try {
      // One byte over the declared size is enough to prove the entry lies; never more is made.
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') return 'inflates to more than its declared size';
      return `cannot be inflated (${firstLine(error)})`;
    }
  } else {
    return `unsupported compression method ${entry.method}`;
  }
  if (content.length !== entry.size) return 'inflated size differs from the declared size';
  if (crc32(content) >>> 0 !== entry.crc >>> 0) return 'CRC-32 mismatch (the data was altered)';
  return content;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}
