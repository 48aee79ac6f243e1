import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { RawSheet, RawSource } from '../../core/table/raw-table.js';
import type { ReadOptions } from '../files/read-options.js';
import {
  BudgetExceeded,
  ReadBudget,
  readSeconds,
  XLSX_READ_LIMITS,
  type XlsxReadLimits,
} from './read-budget.js';
import { readCellFormats, type NumberKind } from './read-cell-formats.js';
import { readSharedStrings, type SharedStrings } from './read-shared-strings.js';
import { readWorksheet } from './read-worksheet.js';
import { readWorkbookStructure } from './workbook-structure.js';
import { XmlPartError } from './xml-part.js';
import { zipBudget, zipPreflight } from './zip-preflight.js';

/**
 * Reads an .xlsx/.xlsm workbook into raw sheets with values as a person sees them, in this
 * thread: the zip pre-flight verifies every entry and hands over the inflated bytes of the
 * parts read here — the workbook and its relationships, shared strings, the styles' number
 * formats and every worksheet — which are parsed with saxes. Nothing else is read, no range is
 * expanded, and the read stops at its row, cell and time budgets (read-budget.ts).
 */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  options: ReadOptions,
  limits: XlsxReadLimits = XLSX_READ_LIMITS,
): Promise<RawSource> {
  const budget = new ReadBudget(limits, (limits.seconds ?? readSeconds(bytes.length)) * 1000);
  const preflight = zipPreflight(bytes, file, zipBudget(options.maxSize), isReaderPart);
  if (preflight.findings.some((f) => f.severity === 'error')) {
    return { file, kind: 'xlsx', sheets: [], findings: preflight.findings };
  }
  const read = readWorkbook(preflight.parts, file, budget);
  return {
    file,
    kind: 'xlsx',
    sheets: read.sheets,
    findings: [...preflight.findings, ...read.findings],
  };
}

/** Parts the reader may need, judged from names (the others are verified, then dropped). */
function isReaderPart(name: string): boolean {
  if (!name.startsWith('xl/') || !/\.(xml|rels)$/i.test(name)) return false;
  if (name === 'xl/_rels/workbook.xml.rels') return true;
  return !NOT_READ.test(name);
}

/** Folders and parts of xl/ that hold no cell: media, drawings, pivot caches, comments, … */
const NOT_READ =
  /^xl\/(?:[^/]+\/)?_rels\/|^xl\/(?:media|theme|drawings|charts|chartsheets|dialogsheets|printerSettings|embeddings|externalLinks|pivotCache|pivotTables|tables|queryTables|richData|activeX|ctrlProps|diagrams|slicers|slicerCaches|timelines|timelineCaches|persons|threadedComments|customData|model|webextensions)\/|^xl\/(?:calcChain|comments\d*|connections|volatileDependencies|metadata)\.xml$/i;

interface WorkbookRead {
  sheets: RawSheet[];
  findings: Finding[];
}

function readWorkbook(parts: Map<string, Buffer>, file: string, budget: ReadBudget): WorkbookRead {
  const findings: Finding[] = [];
  try {
    const structure = readWorkbookStructure(parts, budget);
    if (structure.sheets.length === 0) {
      return { sheets: [], findings: [makeFinding('FILE_XLSX_NO_WORKSHEETS', {}, { file })] };
    }
    const sharedStrings = readPart(parts, structure.sharedStrings, (part, bytes) =>
      readSharedStrings(part, bytes, budget),
    );
    const formats = readPart(parts, structure.styles, (part, bytes) =>
      readCellFormats(part, bytes, budget),
    );
    const sheets: RawSheet[] = [];
    for (const sheet of structure.sheets) {
      const bytes = parts.get(sheet.part);
      if (bytes === undefined) throw new XmlPartError(sheet.part, 'the worksheet part is missing');
      const cells = readWorksheet(bytes, {
        file,
        sheet: sheet.name,
        part: sheet.part,
        sharedStrings: sharedStrings ?? NO_SHARED_STRINGS,
        formats: formats ?? NO_FORMATS,
        date1904: structure.date1904,
        budget,
        findings,
      });
      // Each sheet's XML is released once read: only its cells stay.
      parts.delete(sheet.part);
      sheets.push({
        name: sheet.name,
        hidden: sheet.hidden,
        rows: cells.rows,
        merges: cells.merges,
      });
    }
    return { sheets, findings };
  } catch (error) {
    return { sheets: [], findings: [failure(error, file, budget)] };
  }
}

const NO_FORMATS: readonly NumberKind[] = [];
const NO_SHARED_STRINGS: SharedStrings = { texts: [], cut: new Map() };

function readPart<T>(
  parts: ReadonlyMap<string, Buffer>,
  part: string | null,
  read: (part: string, bytes: Buffer) => T,
): T | null {
  const bytes = part === null ? undefined : parts.get(part);
  return part === null || bytes === undefined ? null : read(part, bytes);
}

/** The one finding for a read that could not finish; anything else is a bug and is thrown. */
function failure(error: unknown, file: string, budget: ReadBudget): Finding {
  if (error instanceof XmlPartError) {
    return makeFinding(
      'FILE_XLSX_CORRUPT',
      { entry: error.part, detail: `${error.part}: ${error.message}` },
      { file },
      { value: error.part },
    );
  }
  if (!(error instanceof BudgetExceeded)) throw error;
  const { limits } = budget;
  switch (error.what) {
    case 'time':
      return makeFinding('FILE_XLSX_TOO_SLOW', { seconds: budget.allowedMs / 1000 }, { file });
    case 'merges':
      return makeFinding('FILE_XLSX_TOO_COMPLEX', { max: limits.maxMerges }, { file });
    case 'rows':
    case 'cells':
      return makeFinding(
        'FILE_TOO_MANY_CELLS',
        {
          limit: error.what === 'rows' ? limits.maxRows : limits.maxCells,
          unit: error.what,
          maxRows: limits.maxRows,
          maxCells: limits.maxCells,
        },
        { file },
      );
  }
}
