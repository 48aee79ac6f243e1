import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/score/report.js';
import {
  DETAIL_ROW_BUDGET,
  GAP_ROW_BUDGET,
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
    rows.push([...cells]);
  });
  const summary = sheets.find((sheet) => sheet.name === 'Tổng hợp')!;
  return { gaps, rows, summary: summary.rows as SheetCell[][] };
}

describe('the gap sheet of a batch', () => {
  // Budgets count rows, not entities: 15 gaps each.
  const within = Math.floor(GAP_ROW_BUDGET / 15);

  it('lists every gap while the rows stay within GAP_ROW_BUDGET', () => {
    const { gaps, rows, summary } = gapSheet(batch(within));
    expect(rowCount(gaps)).toBe(within * 15);
    expect(rows.length).toBe(rowCount(gaps));
    expect(summary.some((row) => row[0] === 'Bảng Khoảng cách')).toBe(false);
  });

  it(`keeps each entity's ${GAPS_PER_ENTITY} biggest gaps beyond GAP_ROW_BUDGET rows, and says so`, () => {
    const { gaps, rows, summary } = gapSheet(batch(within + 1));
    expect(rowCount(gaps)).toBe((within + 1) * GAPS_PER_ENTITY);
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

describe('the indicator details sheet of a batch', () => {
  const names = (report: Report) =>
    workbookBatchSheets(workbookContext(report, 'vi')).map((sheet) => sheet.name);

  it('is there while entities × indicators stay within DETAIL_ROW_BUDGET rows, streamed', () => {
    const report = fakeReport(manyEntities(3));
    const sheets = workbookBatchSheets(workbookContext(report, 'vi'));
    const details = sheets.find((sheet) => sheet.name === 'Chi tiết chỉ số')!;
    const perEntity = report.entities[0]!.indicators.length;
    expect(rowCount(details)).toBe(3 * perEntity);
    expect(Array.isArray(details.rows)).toBe(false);
  });

  it('is left out beyond DETAIL_ROW_BUDGET rows, however few the entities', () => {
    const report = fakeReport(manyEntities(2));
    const perEntity = report.entities[0]!.indicators.length;
    expect(names(report)).toContain('Chi tiết chỉ số');
    // Two entities with very many indicators: the budget counts rows, not entities.
    for (const entity of report.entities) {
      const first = entity.indicators[0]!;
      entity.indicators = Array.from(
        { length: Math.ceil(DETAIL_ROW_BUDGET / 2 / perEntity) + 1 },
        () => entity.indicators,
      ).flat();
      expect(entity.indicators[0]).toBe(first);
    }
    expect(names(report)).not.toContain('Chi tiết chỉ số');
  });
});
