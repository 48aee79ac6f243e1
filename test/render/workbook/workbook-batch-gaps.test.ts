import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/score/report.js';
import {
  DETAIL_SHEET_LIMIT,
  GAPS_PER_ENTITY,
  workbookBatchSheets,
} from '../../../src/render/workbook/workbook-batch-sheets.js';
import { workbookContext } from '../../../src/render/workbook/workbook-context.js';
import { eachRow, rowCount, type SheetCell } from '../../../src/render/workbook/workbook-sheet.js';
import { fakeReport, manyEntities } from '../../helpers/fake-report.js';

/** A batch whose every entity has 15 gaps (on one indicator, losses decreasing). */
function batch(entities: number): Report {
  const report = fakeReport(manyEntities(entities));
  const code = report.set.indicators[0]!.code;
  for (const entity of report.entities) {
    entity.gaps = Array.from({ length: 15 }, (_, i) => ({
      code,
      pointsLost: 15 - i,
      gap: 1,
      band: 'far',
    }));
  }
  return report;
}

function gapSheet(report: Report) {
  const sheets = workbookBatchSheets(workbookContext(report, 'vi'));
  const gaps = sheets.find((sheet) => sheet.name === 'Khoảng cách')!;
  const rows: (readonly SheetCell[])[] = [];
  eachRow(gaps, (cells) => {
    rows.push(cells);
  });
  const summary = sheets.find((sheet) => sheet.name === 'Tổng hợp')!;
  return { gaps, rows, summary: summary.rows as SheetCell[][] };
}

describe('the gap sheet of a batch', () => {
  it('lists every gap below DETAIL_SHEET_LIMIT entities', () => {
    const { gaps, rows, summary } = gapSheet(batch(DETAIL_SHEET_LIMIT - 1));
    expect(rowCount(gaps)).toBe((DETAIL_SHEET_LIMIT - 1) * 15);
    expect(rows.length).toBe(rowCount(gaps));
    expect(summary.some((row) => row[0] === 'Bảng Khoảng cách')).toBe(false);
  });

  it(`keeps each entity's ${GAPS_PER_ENTITY} biggest gaps from DETAIL_SHEET_LIMIT on, and says so`, () => {
    const { gaps, rows, summary } = gapSheet(batch(DETAIL_SHEET_LIMIT));
    expect(rowCount(gaps)).toBe(DETAIL_SHEET_LIMIT * GAPS_PER_ENTITY);
    expect(rows.length).toBe(rowCount(gaps));
    // Columns: province code, entity, rank, code, domain, name, lost, …
    const first = rows.filter((row) => row[1] === 'Đơn vị 1');
    expect(first.map((row) => row[2])).toEqual(
      Array.from({ length: GAPS_PER_ENTITY }, (_, i) => i + 1),
    );
    expect(first.map((row) => row[6])).toEqual(
      Array.from({ length: GAPS_PER_ENTITY }, (_, i) => 15 - i),
    );
    const note = summary.find((row) => row[0] === 'Bảng Khoảng cách');
    expect(note?.[1]).toContain(`${GAPS_PER_ENTITY} khoảng cách lớn nhất`);
  });
});
