import Table from 'cli-table3';

/** A table without cli-table3's default colours (colour is the TextStyle's decision). */
export function plainTable(
  head: string[],
  colAligns: ('left' | 'right' | 'center')[],
): Table.Table {
  return new Table({
    head,
    colAligns,
    style: { head: [], border: [] },
    // No rule between body rows: long lists stay readable in a terminal.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}
