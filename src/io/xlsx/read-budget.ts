/**
 * What one workbook read may spend. Memory is bounded by construction — inflated parts by the
 * pre-flight's total (a multiple of --max-size), cells by the row and cell caps below, since
 * only cells present are kept (never the bounding box) and no range is ever expanded — and
 * time by a wall-clock deadline that grows with the file's size, looked at while parsing.
 */
export interface XlsxReadLimits {
  /** Rows with content, over all sheets. */
  maxRows: number;
  /** Cells with content (sparse: empty cells between them cost nothing), over all sheets. */
  maxCells: number;
  /** Merged ranges on one sheet. */
  maxMerges: number;
}

/** Spec §5: at least 200,000 rows and 10 million cells, so a 100,000-row table is read. */
export const XLSX_READ_LIMITS: XlsxReadLimits = {
  maxRows: 200_000,
  maxCells: 10_000_000,
  maxMerges: 100_000,
};

/** Thrown to stop a read when a budget runs out; read-xlsx turns it into a finding. */
export class BudgetExceeded extends Error {
  constructor(readonly what: 'time' | 'rows' | 'cells' | 'merges') {
    super(`read budget exceeded: ${what}`);
  }
}

export class ReadBudget {
  private rows = 0;
  private cells = 0;

  constructor(
    readonly limits: XlsxReadLimits,
    /** Wall-clock milliseconds allowed, from now. */
    readonly allowedMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly started = now(),
  ) {}

  /** Throws when the deadline has passed. Cheap: called between pieces of work. */
  check(): void {
    if (this.now() - this.started > this.allowedMs) throw new BudgetExceeded('time');
  }

  /** Counts a row of `cells` cells kept; throws past a cap. */
  addRow(cells: number): void {
    this.rows += 1;
    this.cells += cells;
    if (this.rows > this.limits.maxRows) throw new BudgetExceeded('rows');
    if (this.cells > this.limits.maxCells) throw new BudgetExceeded('cells');
  }
}

/**
 * Seconds a read may take: 15 s, plus 1 s per MB of the file beyond the first 5. A hostile
 * small file is stopped within 15 s; a genuine 25 MB table of 100,000 rows gets 35 s.
 */
export function readSeconds(fileBytes: number): number {
  return 15 + Math.max(0, Math.ceil(fileBytes / (1024 * 1024)) - 5);
}
