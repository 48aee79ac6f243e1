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
  /** Wall-clock seconds; by default `readSeconds` of the file's size. */
  seconds?: number;
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
 * Seconds a read may take: 60, plus 10 per MB of the file beyond the first 5. It is a backstop:
 * bombs, range expansion and oversized tables are refused by size, ratio and caps long before,
 * and a hostile workbook under 5 MB is read or refused in a few seconds. The margin is for a
 * genuine large table on a busy machine: 100,000 × 50 (25 MB zipped) needs about 15 s of CPU
 * and gets 260 s, four times what it took with four other processes on two cores.
 */
export function readSeconds(fileBytes: number): number {
  return 60 + 10 * Math.max(0, Math.ceil(fileBytes / (1024 * 1024)) - 5);
}
