import { Parser } from 'csv-parse';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { RawRow, RawRowStream, RawSource } from '../../core/table/raw-table.js';
import { cellCount } from '../../core/table/value-row.js';
import {
  CSV_MAX_CELLS,
  csvOverLimit,
  csvOverLimitFinding,
  csvParseOptions,
  csvRecord,
  csvStopFinding,
  findHeader,
  prepareCsv,
  readCsv,
  reportRecords,
  TooManyCells,
  type CsvBody,
  type HeaderRecord,
  type Report,
} from './read-csv.js';
import type { ReadOptions } from '../files/read-options.js';
import type { ParsedRecord } from './parsed-record.js';
import { csvChunkEnd } from './csv-chunk-end.js';
import { csvFastRecords } from './csv-fast-records.js';
import { TextPool } from './text-pool.js';

/** Files at least this large are streamed (spec §5: bounded memory for large CSV files). */
const CSV_STREAM_BYTES = 8 * 1024 * 1024;
export interface CsvStreamTuning {
  /** Stream files of at least this many bytes; smaller ones are read whole. */
  streamBytes: number;
  /** Rows per batch. */
  batchRows: number;
  /** Bytes handed to the parser at a time. */
  chunkBytes: number;
}

const DEFAULT_TUNING: CsvStreamTuning = {
  streamBytes: CSV_STREAM_BYTES,
  batchRows: 2000,
  chunkBytes: 256 * 1024,
};

/** The incremental entry point csv-parse's stream Parser wraps (same rules as `parse`). */
interface IncrementalApi {
  parse(
    chunk: Buffer | undefined,
    end: boolean,
    push: (record: unknown) => void,
    close: () => void,
  ): Error | undefined;
}

type OnRecord = (fields: string[], info: { bytes: number }) => null;

function incremental(delimiter: string, onRecord: OnRecord): IncrementalApi {
  const parser = new Parser({ ...csvParseOptions(delimiter), on_record: onRecord });
  return (parser as unknown as { api: IncrementalApi }).api;
}

const ignore = (): void => undefined;

/**
 * Reads a CSV file like `readCsv`, but a large one as a stream: the returned sheet holds only
 * the first records (header search, labelled cells, the reader's own header for ragged rows) and
 * `sheet.rest` parses the remaining bytes again, in batches, each time it is read. The decoded
 * bytes are held (the file is at most --max-size); the cells never all are. Findings, rows and
 * cells are the same as `readCsv` gives; a file whose first records are its whole body is simply
 * read whole.
 */
export function openCsv(
  bytes: Uint8Array,
  file: string,
  options: ReadOptions,
  tuning: Partial<CsvStreamTuning> = {},
): RawSource {
  const tune = { ...DEFAULT_TUNING, ...tuning };
  if (bytes.length < tune.streamBytes) return readCsv(bytes, file, options);
  const prepared = prepareCsv(bytes, file, options);
  if (!prepared.ok) return prepared.source;
  const csv = prepared.body;
  const delimiter = csv.choice.delimiter;

  const read = readHead(csv, tune);
  if (read === null) return readCsv(bytes, file, options);
  const { head, headEnd, headCells, restLine } = read;
  const header = findHeader(head);
  const headFindings: Finding[] = [];
  const report: Report = (code, args, line, column) => {
    headFindings.push(makeFinding(code, args, { file, line, column: column ?? null }));
  };
  reportRecords(head, header, delimiter, report);
  const rest = new CsvRest(csv, file, header, headEnd, restLine, headCells, headFindings, tune);
  return {
    file,
    kind: 'csv',
    sheets: [{ name: null, hidden: false, rows: head.map((r) => r.row), merges: [], rest }],
    findings: [],
  };
}

interface Head {
  head: ParsedRecord[];
  /** Body offset after the last head record. */
  headEnd: number;
  headCells: number;
  /** Physical line at `headEnd` when the fast reader read the head (it counts lines), else null. */
  restLine: number | null;
}

/** The first records are kept whole: the header is looked for in the first 30 lines. */
const HEAD = { lines: 30, nonBlank: 30 };

/**
 * The head: records until 30 non-blank ones and a record starting beyond line 30. Null when the
 * file ends (or breaks) within them, or they are too many cells: then the file is read whole.
 */
function readHead(csv: CsvBody, tune: CsvStreamTuning): Head | null {
  const head: ParsedRecord[] = [];
  let nonBlank = 0;
  let headCells = 0;
  let full = false;
  const take = (record: ParsedRecord): boolean => {
    head.push(record);
    const used = cellCount(record.row);
    headCells += used;
    if (used > 0) nonBlank += 1;
    if (nonBlank >= HEAD.nonBlank && record.row.row > HEAD.lines) full = true;
    return !full;
  };
  const { body } = csv;
  // The fast reader first; at a record it leaves, csv-parse reads the head from the start.
  let pos = 0;
  let line = csv.firstLine;
  while (pos < body.length && !full) {
    const to = csvChunkEnd(body, pos, tune.chunkBytes);
    const scan = csvFastRecords(body, pos, to, csv.choice.delimiter, line, CSV_MAX_CELLS, take);
    pos = scan.stop;
    line = scan.line;
    if (pos < to && !full) break;
  }
  if (full) {
    return headCells > CSV_MAX_CELLS || pos >= body.length
      ? null
      : { head, headEnd: pos, headCells, restLine: line };
  }
  head.length = 0;
  nonBlank = 0;
  headCells = 0;
  let headEnd = 0;
  const api = incremental(csv.choice.delimiter, (fields, info) => {
    if (full) return null;
    take(csvRecord(csv, fields, headEnd, info.bytes));
    headEnd = info.bytes;
    return null;
  });
  // A record over a limit within the head: the whole-file reader stops there and says so.
  const limit = csvOverLimit(csv, 0)?.start ?? body.length;
  for (let at = 0; at < limit && !full; at += tune.chunkBytes) {
    const chunk = body.subarray(at, Math.min(at + tune.chunkBytes, limit));
    const error = api.parse(chunk, false, ignore, ignore);
    if (error !== undefined) break;
  }
  if (!full || headCells > CSV_MAX_CELLS || headEnd >= body.length) return null;
  return { head, headEnd, headCells, restLine: null };
}

/** The rows after the head of a streamed CSV, parsed again on every read. */
class CsvRest implements RawRowStream {
  private done: Finding[] | null = null;

  constructor(
    private readonly csv: CsvBody,
    private readonly file: string,
    private readonly header: HeaderRecord | null,
    private readonly from: number,
    /** Physical line at `from`, when known without the line map. */
    private readonly fromLine: number | null,
    private readonly headCells: number,
    private readonly headFindings: readonly Finding[],
    private readonly tune: CsvStreamTuning,
  ) {}

  *batches(): Iterable<readonly RawRow[]> {
    const { csv, header, file } = this;
    const { body } = csv;
    const delimiter = csv.choice.delimiter;
    const ragged: Finding[] = [];
    const stop: Finding[] = [];
    const reportRagged: Report = (code, args, line, column) => {
      ragged.push(makeFinding(code, args, { file, line, column: column ?? null }));
    };
    const reportStop: Report = (code, args, line, column) => {
      stop.push(makeFinding(code, args, { file, line, column: column ?? null }));
    };
    let pending: RawRow[] = [];
    let cells = this.headCells;
    const take = (record: ParsedRecord): void => {
      // Every record here is below the head, so below its header: ragged rows are judged.
      reportRecords([record], header, delimiter, reportRagged, Number.MAX_SAFE_INTEGER);
      pending.push(record.row);
    };

    // The fast reader, chunk by chunk; from the first record it leaves, csv-parse reads the rest.
    let from = this.from;
    let line = this.fromLine ?? csv.lines.lineAt(csv.base + from);
    const texts = new TextPool();
    while (from < body.length) {
      const to = csvChunkEnd(body, from, this.tune.chunkBytes);
      const scan = csvFastRecords(
        body,
        from,
        to,
        delimiter,
        line,
        CSV_MAX_CELLS - cells,
        take,
        texts,
      );
      cells += scan.cells;
      from = scan.stop;
      line = scan.line;
      if (pending.length >= this.tune.batchRows) {
        yield pending;
        pending = [];
      }
      if (from < to) break;
    }

    if (from < body.length) {
      let lastEnd = from;
      const api = incremental(delimiter, (fields, info) => {
        const end = from + info.bytes;
        const record = csvRecord(csv, fields, lastEnd, end);
        cells += cellCount(record.row);
        if (cells > CSV_MAX_CELLS) throw new TooManyCells();
        take(record);
        lastEnd = end;
        return null;
      });
      let error: Error | undefined;
      // csv-parse is never given a record over a limit: it stops before, with a finding there.
      const over = csvOverLimit(csv, from);
      const limit = over?.start ?? body.length;
      for (let pos = from; pos < limit; pos += this.tune.chunkBytes) {
        const chunk = body.subarray(pos, Math.min(pos + this.tune.chunkBytes, limit));
        error = api.parse(chunk, false, ignore, ignore);
        if (error !== undefined) break;
        if (pending.length >= this.tune.batchRows) {
          yield pending;
          pending = [];
        }
      }
      error ??= api.parse(undefined, true, ignore, ignore);
      if (error !== undefined) csvStopFinding(csv, error, lastEnd, reportStop);
      else if (over !== null) csvOverLimitFinding(csv, over, reportStop);
    }
    if (pending.length > 0) yield pending;
    this.done ??= [...stop, ...this.headFindings, ...ragged];
  }

  findings(): Finding[] {
    if (this.done === null) for (const batch of this.batches()) void batch;
    return this.done ?? [];
  }
}
