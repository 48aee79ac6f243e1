import { describe, expect, it } from 'vitest';
import { isDateFormat, isPercentFormat } from '../../../src/io/xlsx/number-format.js';
import { xlsxCellValue, type XlsxCellXml } from '../../../src/io/xlsx/xlsx-cell-value.js';

const cell = (type: string, value: string | null, extra: Partial<XlsxCellXml> = {}) => ({
  type,
  value,
  inline: null,
  formula: false,
  ...extra,
});
const SST = ['HT.01', 'Đồng Nai', ''];

describe('xlsxCellValue: a <c> element as a person sees it', () => {
  it('reads numbers strictly: never parseFloat, never Number()', () => {
    expect(xlsxCellValue(cell('n', '85.5'), 'plain', false, SST)).toEqual({ value: 85.5 });
    expect(xlsxCellValue(cell('n', ' -1.5E-3 '), 'plain', false, SST)).toEqual({ value: -0.0015 });
    expect(xlsxCellValue(cell('n', '-0'), 'plain', false, SST)).toEqual({ value: 0 });
    for (const bad of ['12abc', '0x10', '1,5', '1.2.3', '--1', 'e5', '١٢']) {
      expect(xlsxCellValue(cell('n', bad), 'plain', false, SST), bad).toEqual({
        value: null,
        defect: { code: 'FILE_XLSX_BAD_NUMBER', value: bad },
      });
    }
    for (const special of ['NaN', 'INF', '-INF', '1e999']) {
      expect(xlsxCellValue(cell('n', special), 'plain', false, SST).defect, special).toMatchObject({
        code: 'FILE_XLSX_UNSUPPORTED_CELL',
      });
    }
    expect(xlsxCellValue(cell('n', ''), 'plain', false, SST)).toEqual({ value: null });
  });

  it('looks shared strings up by index, and says when the index is not there', () => {
    expect(xlsxCellValue(cell('s', '1'), 'plain', false, SST)).toEqual({ value: 'Đồng Nai' });
    expect(xlsxCellValue(cell('s', '2'), 'plain', false, SST)).toEqual({ value: null });
    for (const index of ['3', '99', '-1', 'x', '1.0']) {
      expect(xlsxCellValue(cell('s', index), 'plain', false, SST).defect, index).toEqual({
        code: 'FILE_XLSX_BAD_SHARED_STRING',
        index,
        count: 3,
      });
    }
  });

  it('reads booleans, errors, inline and formula strings, ISO dates', () => {
    expect(xlsxCellValue(cell('b', '1'), 'plain', false, SST)).toEqual({ value: true });
    expect(xlsxCellValue(cell('b', 'false'), 'plain', false, SST)).toEqual({ value: false });
    expect(xlsxCellValue(cell('b', 'yes'), 'plain', false, SST).defect).toMatchObject({
      code: 'FILE_XLSX_UNSUPPORTED_CELL',
    });
    expect(xlsxCellValue(cell('e', '#DIV/0!'), 'plain', false, SST)).toEqual({
      value: null,
      problem: 'error-value',
      errorText: '#DIV/0!',
    });
    const nfd = 'Hà Nội'.normalize('NFD');
    expect(xlsxCellValue(cell('inlineStr', null, { inline: nfd }), 'plain', false, SST)).toEqual({
      value: 'Hà Nội'.normalize('NFC'),
    });
    expect(xlsxCellValue(cell('str', 'x', { formula: true }), 'plain', false, SST)).toEqual({
      value: 'x',
    });
    expect(xlsxCellValue(cell('d', '2024-01-05T00:00:00Z'), 'plain', false, SST)).toEqual({
      value: '2024-01-05',
      problem: 'date',
    });
    expect(xlsxCellValue(cell('zz', '1'), 'plain', false, SST).defect).toMatchObject({
      code: 'FILE_XLSX_UNSUPPORTED_CELL',
    });
  });

  it('reads formulas by their cached value; none is formula-no-result', () => {
    expect(xlsxCellValue(cell('n', null, { formula: true }), 'plain', false, SST)).toEqual({
      value: null,
      problem: 'formula-no-result',
    });
    expect(xlsxCellValue(cell('n', '0', { formula: true }), 'plain', false, SST)).toEqual({
      value: 0,
    });
    expect(xlsxCellValue(cell('e', '#N/A', { formula: true }), 'plain', false, SST)).toEqual({
      value: null,
      problem: 'error-value',
      errorText: '#N/A',
    });
  });

  it('applies the style: dates (both systems) and percent ×100 to 12 significant digits', () => {
    expect(xlsxCellValue(cell('n', '45000'), 'date', false, SST)).toEqual({
      value: '2023-03-15',
      problem: 'date',
    });
    expect(xlsxCellValue(cell('n', '45000'), 'date', true, SST)).toEqual({
      value: '2027-03-16',
      problem: 'date',
    });
    expect(xlsxCellValue(cell('n', '45000.5'), 'date', false, SST)).toEqual({
      value: '2023-03-15T12:00:00',
      problem: 'date',
    });
    expect(xlsxCellValue(cell('n', '0.07'), 'percent', false, SST)).toEqual({
      value: 7,
      percent: true,
    });
    expect(xlsxCellValue(cell('n', '0.1234567'), 'percent', false, SST)).toEqual({
      value: 12.34567,
      percent: true,
    });
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
