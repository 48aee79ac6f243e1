import { describe, expect, it } from 'vitest';
import {
  isDateFormat,
  isPercentFormat,
  xlsxCellValue,
} from '../../../src/io/xlsx/xlsx-cell-value.js';

describe('xlsxCellValue: odd ExcelJS shapes', () => {
  it('never throws and never yields [object Object]', () => {
    const shapes: unknown[] = [
      {},
      { foo: 1 },
      { richText: 'not an array' },
      { richText: [null, { text: 5 }, { text: 'ok' }] },
      { text: { nested: true } },
      { formula: 'X', result: { formula: 'Y', result: 1 } },
      { sharedFormula: 'A1', result: null },
      Symbol('s'),
      10n,
      () => 1,
      new Date(Number.NaN),
      Number.NaN,
      Infinity,
    ];
    for (const shape of shapes) {
      const out = xlsxCellValue(shape, undefined, false);
      expect(String(out.value)).not.toContain('[object');
    }
  });

  it('says which shapes it could not read', () => {
    expect(xlsxCellValue({ foo: 1 }, undefined, false)).toEqual({
      value: null,
      unsupported: 'object',
    });
    expect(xlsxCellValue(Number.NaN, undefined, false)).toEqual({
      value: null,
      unsupported: 'number NaN',
    });
    expect(xlsxCellValue({ richText: [null, { text: 'ok' }] }, undefined, false)).toEqual({
      value: 'ok',
    });
  });

  it('reads a formula whose cached result is rich text, a date or an error', () => {
    expect(
      xlsxCellValue(
        { formula: 'A1', result: { richText: [{ text: 'a' }, { text: 'b' }] } },
        undefined,
        false,
      ),
    ).toEqual({ value: 'ab' });
    expect(
      xlsxCellValue(
        { formula: 'TODAY()', result: new Date(Date.UTC(2025, 0, 2)) },
        undefined,
        false,
      ),
    ).toEqual({ value: '2025-01-02', problem: 'date' });
    expect(xlsxCellValue({ formula: 'NA()', result: { error: '#N/A' } }, undefined, false)).toEqual(
      { value: null, problem: 'error-value', errorText: '#N/A' },
    );
    expect(xlsxCellValue({ formula: 'B1', result: 45000 }, 'dd/mm/yyyy', false)).toEqual({
      value: '2023-03-15',
      problem: 'date',
    });
  });

  it('shifts serial dates by 1462 days in the 1904 system', () => {
    expect(xlsxCellValue(45000, 'yyyy-mm-dd', true)).toEqual({
      value: '2027-03-16',
      problem: 'date',
    });
  });

  it('rounds ×100 to 12 significant digits', () => {
    expect(xlsxCellValue(0.07, '0%', false)).toEqual({ value: 7, percent: true });
    expect(xlsxCellValue(0.1234567, '0.00%', false)).toEqual({ value: 12.34567, percent: true });
    expect(xlsxCellValue(-0, 'General', false)).toEqual({ value: 0 });
  });
});

describe('number formats', () => {
  it('recognises date formats, case-insensitively, outside literals', () => {
    for (const f of [
      'mm-dd-yy',
      'DD/MM/YYYY',
      'd-mmm',
      'h:mm AM/PM',
      '[h]:mm:ss',
      '[$-42A]dd/mm/yyyy',
      'yyyy"年"',
    ]) {
      expect(isDateFormat(f), f).toBe(true);
    }
    for (const f of [
      'General',
      '0',
      '0.00',
      '#,##0 "ha"',
      '0%',
      '[Red]0.0',
      '0.00E+00',
      '@',
      '#,##0 [$₫-42A]',
      '0 "ngày"',
    ]) {
      expect(isDateFormat(f), f).toBe(false);
    }
  });

  it('recognises percent formats outside quotes and escapes', () => {
    for (const f of ['0%', '0.00%', '[Red]0%;-0%', '#,##0.0%'])
      expect(isPercentFormat(f), f).toBe(true);
    for (const f of ['0.00"%"', '0.00\\%', 'General', '0', '"%"0'])
      expect(isPercentFormat(f), f).toBe(false);
  });
});
