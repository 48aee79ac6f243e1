import Table from 'cli-table3';

type Align = 'left' | 'right' | 'center';

/** The rows of a plain table, drawn by `toString`. */
export interface PlainTable {
  push(row: string[]): void;
  toString(): string;
}

/**
 * A table without cli-table3's default colours (colour is the TextStyle's decision), drawn
 * exactly as cli-table3 draws it. A table of one-line cells whose characters are each one
 * column wide — every table of plain labels and numbers — is drawn here directly: cli-table3
 * measures every cell several times through string-width (an ANSI and an emoji regex per call)
 * and took ~35 ms for the 21 rows of a ranking. Any other cell (colour codes, line breaks, wide
 * or combining characters) leaves the whole table to cli-table3.
 */
export function plainTable(head: string[], colAligns: Align[]): PlainTable {
  const rows: string[][] = [];
  return {
    push(row) {
      rows.push(row);
    },
    toString() {
      return isSimple(head, rows)
        ? drawSimple(head, rows, colAligns)
        : drawByLibrary(head, rows, colAligns);
    },
  };
}

/**
 * Characters string-width counts as exactly one column, alone and next to each other: printable
 * ASCII, Latin-1 to Latin Extended-B and IPA (no combining marks, U+0300–U+036F), Latin Extended
 * Additional (Vietnamese), general punctuation (dashes, …, ‰), box drawing and block elements.
 * No control character, no ESC (colour), no line break.
 */
const ONE_COLUMN_TEXT =
  /^[\x20-\x7e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u2500-\u259f]*$/;

/** Every row as wide as the head, every cell of one-column characters on one line. */
function isSimple(head: readonly string[], rows: readonly string[][]): boolean {
  if (head.length === 0) return false;
  if (!head.every((text) => ONE_COLUMN_TEXT.test(text))) return false;
  return rows.every(
    (row) => row.length === head.length && row.every((text) => ONE_COLUMN_TEXT.test(text)),
  );
}

/** cli-table3's drawing of such a table: one space of padding, borders, no rules between rows. */
function drawSimple(head: readonly string[], rows: readonly string[][], aligns: Align[]): string {
  const widths = head.map((text, j) =>
    rows.reduce((max, row) => Math.max(max, row[j]!.length), text.length),
  );
  const rule = (left: string, mid: string, right: string) =>
    left + widths.map((width) => '─'.repeat(width + 2)).join(mid) + right;
  const line = (row: readonly string[]) =>
    `│${row.map((text, j) => ` ${padded(text, widths[j]!, aligns[j])} `).join('│')}│`;
  return [rule('┌', '┬', '┐'), line(head), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}

/** cli-table3's padding of a cell to `width` (utils.pad). */
function padded(text: string, width: number, align: Align | undefined): string {
  const free = width - text.length;
  if (align === 'right') return ' '.repeat(free) + text;
  if (align === 'center') {
    const right = Math.ceil(free / 2);
    return ' '.repeat(free - right) + text + ' '.repeat(right);
  }
  return text + ' '.repeat(free);
}

function drawByLibrary(head: string[], rows: readonly string[][], colAligns: Align[]): string {
  const table = new Table({
    head,
    colAligns,
    style: { head: [], border: [] },
    // No rule between body rows: long lists stay readable in a terminal.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  table.push(...rows);
  return table.toString();
}
