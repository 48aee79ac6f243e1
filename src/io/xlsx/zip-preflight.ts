import { isUtf8 } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import { DEFAULT_MAX_SIZE } from '../files/read-options.js';
import { readZipLayout, ZipStructureError, type ZipEntry } from './zip-layout.js';

/**
 * The zip pre-flight of spec §5. The archive's layout is checked byte for byte (zip-layout.ts:
 * no gap, overlap or trailing data a second parser could read differently), every entry is
 * bounded from its declared sizes before anything is inflated, then inflated exactly once, with
 * an output cap of its declared size (a lying entry stops one byte past its claim), and its
 * CRC-32 compared. The reader gets the verified bytes of the parts it asked for: it never
 * parses the zip again, so what it reads is what was checked.
 */
export interface ZipBudget {
  maxEntries: number;
  /** Bytes inflated over all entries (scaled from --max-size by the caller). */
  maxTotalBytes: number;
  /** --max-size over which maxTotalBytes was computed: shown in the message. */
  totalFactor: number;
}

/**
 * Apache POI's ZipSecureFile.MIN_INFLATE_RATIO: an entry that inflates more than 100× its
 * compressed size is a bomb. Real sheets deflate 5–20×; POI's own users met legitimate parts
 * just past 100× only when they were small, hence the grace size below which the ratio is not
 * judged (the total budget still bounds them).
 */
const MIN_INFLATE_RATIO = 0.01;
const RATIO_GRACE_BYTES = 1024 * 1024;
const MB = 1024 * 1024;

const MAX_ENTRIES = 1000;
/**
 * Inflated bytes allowed over all entries, as a multiple of --max-size: 250 MB by default,
 * enough for a 100,000 × 50 table (about 180 MB of sheet XML), and for no bomb.
 */
const INFLATE_FACTOR = 5;

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
  /** The verified, inflated bytes of the entries `keep` asked for (only when the file passed). */
  parts: Map<string, Buffer>;
}

/** The budget for inputs of at most `maxSize` bytes (--max-size). */
export function zipBudget(maxSize: number): ZipBudget {
  return {
    maxEntries: MAX_ENTRIES,
    maxTotalBytes: maxSize * INFLATE_FACTOR,
    totalFactor: INFLATE_FACTOR,
  };
}

export function zipPreflight(
  bytes: Uint8Array,
  file: string,
  budget: ZipBudget = zipBudget(DEFAULT_MAX_SIZE),
  keep: (name: string) => boolean = () => false,
): ZipPreflightResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, Buffer>();
  const corrupt = (detail: string, entry: string | null = null): Finding =>
    makeFinding(
      'FILE_XLSX_CORRUPT',
      { entry, detail: entry === null ? detail : `${entry}: ${detail}` },
      { file },
      { value: entry },
    );

  let entries: ZipEntry[];
  try {
    const layout = readZipLayout(buf, budget.maxEntries);
    if (layout.kind === 'too-many') {
      const finding = makeFinding(
        'FILE_XLSX_TOO_MANY_ENTRIES',
        { count: layout.count, max: budget.maxEntries },
        { file },
      );
      return { findings: [finding], entries: [], content: null, parts };
    }
    entries = layout.entries;
  } catch (error) {
    if (error instanceof ZipStructureError) {
      return { findings: [corrupt(error.message, error.entry)], entries: [], content: null, parts };
    }
    throw error;
  }

  const names = entries.map((e) => e.name);
  const findings = checkNamesAndSizes(entries, file, budget);
  if (findings.length > 0) return { findings, entries: names, content: null, parts };

  const content = zipContent(buf, entries);
  if (content !== 'xlsx') {
    const finding = makeFinding('FILE_NOT_SPREADSHEETML', { format: content }, { file });
    return { findings: [finding], entries: names, content, parts };
  }

  for (const entry of entries) {
    const verified = verifyEntry(buf, entry);
    if (verified === 'encrypted') {
      findings.push(makeFinding('FILE_XLSX_ENCRYPTED', {}, { file }, { value: entry.name }));
    } else if (typeof verified === 'string') {
      findings.push(corrupt(verified, entry.name));
    } else {
      const problem = xmlProblem(entry.name, verified);
      if (problem !== null) findings.push(corrupt(problem, entry.name));
      else if (findings.length === 0 && keep(entry.name)) parts.set(entry.name, verified);
    }
  }
  if (findings.length > 0) {
    parts.clear();
    return { findings, entries: names, content, parts };
  }
  if (names.includes('xl/vbaProject.bin')) {
    findings.push(makeFinding('FILE_XLSX_MACROS_IGNORED', {}, { file }));
  }
  return { findings, entries: names, content, parts };
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

/**
 * XML parts must be UTF-8 or UTF-16 (with a BOM) and carry no DTD: OPC (ECMA-376 Part 2, M1.17)
 * forbids DTD declarations, and they are where entity bombs and external entities live. A SAX
 * parser would otherwise turn bad bytes into U+FFFD without a word.
 */
function xmlProblem(name: string, content: Buffer): string | null {
  if (!isXmlPart(name)) return null;
  const utf16 =
    content.length >= 2 &&
    ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff));
  if (utf16) {
    if (content.length % 2 !== 0) return 'UTF-16 XML with an odd number of bytes';
    const littleEndian = content[0] === 0xff ? content : Buffer.from(content).swap16();
    return hasDtd(littleEndian.toString('utf16le')) ? DTD_PROBLEM : null;
  }
  if (!isUtf8(content)) return 'XML that is not valid UTF-8 text';
  return hasDtd(content) ? DTD_PROBLEM : null;
}

const DTD_PROBLEM = 'XML with a DTD (<!DOCTYPE>/<!ENTITY>), which .xlsx files never contain';

function hasDtd(text: Buffer | string): boolean {
  return text.includes('<!DOCTYPE') || text.includes('<!ENTITY');
}

/** Every check that needs no inflating: names, duplicates, ratio and total from declared sizes. */
function checkNamesAndSizes(
  entries: readonly ZipEntry[],
  file: string,
  budget: ZipBudget,
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
    if (entry.size > RATIO_GRACE_BYTES && entry.compressedSize < entry.size * MIN_INFLATE_RATIO) {
      findings.push(
        makeFinding(
          'FILE_XLSX_INFLATE_RATIO',
          {
            entry: entry.name,
            ratio: Math.round(entry.size / Math.max(1, entry.compressedSize)),
            maxRatio: Math.round(1 / MIN_INFLATE_RATIO),
            sizeMb: megabytes(entry.size),
          },
          { file },
          { value: entry.name },
        ),
      );
    }
    total += entry.size;
  }
  if (findings.length === 0 && total > budget.maxTotalBytes) {
    findings.push(
      makeFinding(
        'FILE_XLSX_TOO_LARGE',
        {
          sizeMb: megabytes(total),
          maxMb: megabytes(budget.maxTotalBytes),
          factor: budget.totalFactor,
        },
        { file },
      ),
    );
  }
  return findings;
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
  return buf.toString('latin1', entry.dataStart, entry.dataStart + entry.compressedSize);
}

/** Inflates one entry under a cap and checks size and CRC; returns a problem or the content. */
function verifyEntry(buf: Buffer, entry: ZipEntry): string | Buffer {
  // Bit 0: traditional or strong encryption; the data cannot be checked, the file not read.
  if ((entry.flags & 0x1) !== 0) return 'encrypted';
  const data = buf.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let content: Buffer;
  if (entry.method === 0) {
    if (data.length !== entry.size) return 'stored size differs from the declared size';
    content = data;
  } else if (entry.method === 8) {
    const cap = Math.max(1, entry.size + 1);
    try {
      // One byte over the declared size is enough to prove the entry lies; never more is made.
      // One output chunk of that size: no doubling while the pieces are joined.
      content = inflateRawSync(data, { maxOutputLength: cap, chunkSize: Math.max(64, cap) });
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
