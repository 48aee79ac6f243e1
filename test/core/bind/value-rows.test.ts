import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/table/dataset.js';
import type { RawSource } from '../../../src/core/table/raw-table.js';
import { valueRow } from '../../../src/core/table/value-row.js';
import { bind } from './bind-test-kit.js';
import { csvSource } from './raw-source-builder.js';

/** The same source with every row as a value row, the way the fast CSV reader gives them. */
function asValueRows(source: RawSource): RawSource {
  return {
    ...source,
    sheets: source.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) =>
        valueRow(
          row.row,
          row.cells.map((cell) => cell.value),
        ),
      ),
    })),
  };
}

/** Everything a dataset says, as plain data. */
function plain(dataset: Dataset): unknown {
  return {
    layout: dataset.layout,
    findings: dataset.findings,
    entities: dataset.entities.map((entity) => ({ ...entity, values: [...entity.values] })),
  };
}

const TABLES = [
  // Values, a duplicate, a bad number, a missing cell, an empty-header column with data.
  'Entity;HT.01;DV.01;;DV.02\nXã A;60;20;;x\nXã B;55,5;abc\nxã a;1;1\n\nXã C;;22;5\n',
  // Provinces with a year column, a footer below the table and a totals row.
  'Tỉnh;Năm;HT.01;DV.01\nĐồng Nai;2025;60;20\nCà Mau;2025;50;0,4\nTổng;;110;20\nNgười lập biểu\n',
  // Fractions beside percentages, and a control character in a label.
  'Entity;HT.01;DV.01\nXã \u0001A;0,5;0,2\nXã B;0,7;0,9\nXã C;0,6;0,1\n',
];

describe('binding value rows', () => {
  it('binds exactly as the same rows of cell objects', () => {
    for (const text of TABLES) {
      for (const keep of [{}, { year: 2025 }]) {
        const source = csvSource('t.csv', text);
        expect(plain(bind(asValueRows(source), keep))).toEqual(plain(bind(source, keep)));
      }
    }
  });
});
