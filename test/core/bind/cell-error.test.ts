import { describe, expect, it } from 'vitest';
import type { RawSource } from '../../../src/core/table/raw-table.js';
import { bind } from './bind-test-kit.js';
import { xlsxSource } from './raw-source-builder.js';

/** A long workbook whose HT.01 value cell (B2) holds an Excel error value. */
function withErrorCell(errorText: string): RawSource {
  const source = xlsxSource('dongnai.xlsx', [
    {
      name: 'Dữ liệu',
      rows: [
        ['Mã chỉ số', 'Giá trị'],
        ['HT.01', null],
      ],
    },
  ]);
  const cell = source.sheets[0]!.rows[1]!.cells[1]!;
  cell.problem = 'error-value';
  cell.errorText = errorText;
  return source;
}

describe('DATA_CELL_ERROR', () => {
  it('names the error value in the finding', () => {
    const dataset = bind(withErrorCell('#DIV/0!'));
    const finding = dataset.findings.find((f) => f.code === 'DATA_CELL_ERROR');
    expect(finding).toMatchObject({ cell: 'B2', value: '#DIV/0!', indicator: 'HT.01' });
  });

  it('names #N/A the same way', () => {
    const dataset = bind(withErrorCell('#N/A'));
    expect(dataset.findings.find((f) => f.code === 'DATA_CELL_ERROR')?.value).toBe('#N/A');
  });
});
