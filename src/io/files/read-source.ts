import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { systemReason } from './system-reason.js';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { RawSource } from '../../core/table/raw-table.js';
import { openCsv } from '../csv/csv-stream.js';
import { onDiskPath } from './on-disk-path.js';
import type { ReadOptions } from './read-options.js';
import { readXlsx } from '../xlsx/read-xlsx.js';
import { sniffBytes, type SniffedKind } from './sniff-bytes.js';

const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm']);
/** Spreadsheet formats we know but do not read: the user is told to Save As .xlsx. */
const UNSUPPORTED_EXTENSIONS = new Set(['.ods', '.fods', '.xlsb', '.numbers', '.et', '.gsheet']);

/** The UTF-16LE stream names MS-OFFCRYPTO puts in the CFB directory of an encrypted workbook. */
const ENCRYPTION_MARKERS = ['EncryptionInfo', 'EncryptedPackage'].map((s) =>
  Buffer.from(s, 'utf16le'),
);

/**
 * Reads one data file: checks size, sniffs the bytes, and hands them to the CSV or workbook
 * reader; a file whose content does not match its extension becomes a FILE_ finding (never read
 * as something else). A missing or unreadable path throws CannotRunError (exit 2).
 */
export async function readSource(
  path: string,
  options: ReadOptions,
  label: string = basename(path),
): Promise<RawSource> {
  return (await fetchSource(path, options, label))();
}

/**
 * `readSource` in two steps: the bytes come off the disk now (the size checked first), and the
 * returned function reads them as data when called. A round reads the next files' bytes while it
 * binds this one, without holding more than their bytes.
 */
export async function fetchSource(
  path: string,
  options: ReadOptions,
  label: string = basename(path),
): Promise<() => Promise<RawSource>> {
  const file = label.normalize('NFC');
  const fetched = await fetchBytes(path, options, file);
  return async () => {
    const source =
      'refused' in fetched ? fetched.refused : await sourceOfBytes(fetched.bytes, file, options);
    // A file refused by its size before reading is hashed from a stream, still read only once.
    source.sha256 ??= await sha256OfFile(path);
    return source;
  };
}

/** Hex SHA-256 of a file read as a stream (bounded memory). */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    throw inputError(error, path);
  }
  return hash.digest('hex');
}

/** A file's bytes, or the source that refuses it unread (too large). */
async function fetchBytes(
  given: string,
  options: ReadOptions,
  file: string,
): Promise<{ bytes: Uint8Array } | { refused: RawSource }> {
  const path = await onDiskPath(given);
  const extension = extname(basename(file)).toLowerCase();
  const kind: RawSource['kind'] = CSV_EXTENSIONS.has(extension) ? 'csv' : 'xlsx';
  // Refused unread: no SHA-256 of a file too large to read.
  const tooLarge = sizeFinding((await statOrThrow(path)).size, file, options);
  if (tooLarge !== null) return { refused: { file, kind, sheets: [], findings: [tooLarge] } };
  return { bytes: await readOrThrow(path) };
}

/**
 * Reads data that is already in memory — standard input (`-`, spec §6), labelled `stdin` — as
 * a file with that label: sniffed the same way, the label's extension (none) deciding nothing.
 */
export async function readSourceFromBytes(
  bytes: Uint8Array,
  label: string,
  options: ReadOptions,
): Promise<RawSource> {
  return sourceOfBytes(bytes, label, options);
}

/** FILE_TOO_LARGE when `size` bytes are over the limit; otherwise null. */
function sizeFinding(size: number, file: string, options: ReadOptions): Finding | null {
  if (size <= options.maxSize) return null;
  return makeFinding(
    'FILE_TOO_LARGE',
    { size, sizeMb: megabytes(size), maxMb: megabytes(options.maxSize) },
    { file },
  );
}

async function sourceOfBytes(
  bytes: Uint8Array,
  file: string,
  options: ReadOptions,
): Promise<RawSource> {
  const extension = extname(basename(file)).toLowerCase();
  const kind: RawSource['kind'] = CSV_EXTENSIONS.has(extension) ? 'csv' : 'xlsx';
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const refuse = (finding: Finding): RawSource => ({
    file,
    kind,
    sheets: [],
    findings: [finding],
    sha256,
  });
  // The size can change between stat and read; the limit holds for what was actually read.
  const tooLarge = sizeFinding(bytes.length, file, options);
  if (tooLarge !== null) return refuse(tooLarge);
  const sniffed = sniffBytes(bytes);
  if (sniffed === 'empty') return refuse(makeFinding('FILE_EMPTY', {}, { file }));

  if (CSV_EXTENSIONS.has(extension)) {
    const notCsv = notCsvContent(sniffed, options);
    if (notCsv !== null) {
      return refuse(makeFinding('FILE_NOT_CSV', { content: notCsv, extension }, { file }));
    }
    return { ...openCsv(bytes, file, options), sha256 };
  }
  if (UNSUPPORTED_EXTENSIONS.has(extension)) {
    return refuse(makeFinding('FILE_UNSUPPORTED_FORMAT', { format: extension }, { file }));
  }
  if (XLSX_EXTENSIONS.has(extension) || extension === '.xls') {
    if (sniffed === 'zip') {
      const source = { ...(await readXlsx(bytes, file, options)), sha256 };
      if (extension === '.xls') {
        source.findings.unshift(
          makeFinding('FILE_XLSX_EXTENSION_MISMATCH', { extension }, { file }),
        );
      }
      return source;
    }
    return refuse(notWorkbookFinding(sniffed, bytes, file, extension || '(none)'));
  }
  // Any other extension (or none): trust the content when it is unambiguous.
  if (sniffed === 'zip') return { ...(await readXlsx(bytes, file, options)), sha256 };
  if (sniffed === 'text') return { ...openCsv(bytes, file, options), sha256 };
  if (sniffed === 'binary') {
    return refuse(makeFinding('FILE_UNSUPPORTED_FORMAT', { format: extension || file }, { file }));
  }
  return refuse(notWorkbookFinding(sniffed, bytes, file, extension || '(none)'));
}

async function statOrThrow(path: string): Promise<{ size: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw inputError(error, path);
  }
  if (info.isDirectory()) throw CannotRunError.of('RUN_INPUT_IS_DIRECTORY', { path });
  if (!info.isFile()) throw CannotRunError.of('RUN_INPUT_NOT_A_FILE', { path });
  return info;
}

async function readOrThrow(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw inputError(error, path);
  }
}

function inputError(error: unknown, path: string): CannotRunError {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return CannotRunError.of('RUN_INPUT_NOT_FOUND', { path });
  if (code === 'EACCES' || code === 'EPERM')
    return CannotRunError.of('RUN_INPUT_NOT_READABLE', { path });
  return CannotRunError.of('RUN_INPUT_UNREADABLE', { path, reason: systemReason(error) });
}

/**
 * Content that must not go to the CSV reader. Binary bytes with `--encoding auto` are not text
 * (a UTF-16 file without BOM needs an explicit --encoding, which lets it through).
 */
function notCsvContent(sniffed: SniffedKind, options: ReadOptions): string | null {
  if (sniffed === 'zip') return 'a zip/.xlsx workbook';
  if (sniffed === 'cfb') return 'an old .xls/encrypted workbook';
  if (sniffed === 'binary' && options.encoding === 'auto') return 'binary data';
  return null;
}

/** The finding for bytes that were meant to be a workbook but are not a zip. */
function notWorkbookFinding(
  sniffed: SniffedKind,
  bytes: Uint8Array,
  file: string,
  extension: string,
): Finding {
  switch (sniffed) {
    case 'cfb':
      return isEncryptedCfb(bytes)
        ? makeFinding('FILE_XLSX_ENCRYPTED', {}, { file })
        : makeFinding('FILE_XLSX_LEGACY_OR_ENCRYPTED', {}, { file });
    case 'html':
      return makeFinding('FILE_XLSX_HTML_OR_XML', { content: 'HTML' }, { file });
    case 'xml':
      return makeFinding('FILE_XLSX_HTML_OR_XML', { content: 'XML' }, { file });
    case 'text':
      return makeFinding('FILE_XLSX_IS_CSV', { extension }, { file });
    case 'empty':
      return makeFinding('FILE_EMPTY', {}, { file });
    case 'zip':
    case 'binary':
      return makeFinding(
        'FILE_XLSX_CORRUPT',
        { entry: null, detail: 'not a zip archive' },
        { file },
      );
  }
}

/**
 * An encrypted OOXML package is a CFB file with EncryptionInfo/EncryptedPackage streams; a plain
 * old .xls has neither. The names are searched as UTF-16LE anywhere in the bytes: cheaper than
 * walking the CFB directory chain, and a legacy .xls never stores these names.
 */
function isEncryptedCfb(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return ENCRYPTION_MARKERS.some((marker) => buf.includes(marker));
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
