import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../../src/core/bind/match-header.js';

describe('matchHeader: the accepted headers of spec §3.2', () => {
  it.each([
    ['Mã', 'indicator-code'],
    ['Mã chỉ số', 'indicator-code'],
    ['MA CHI SO', 'indicator-code'],
    ['code', 'indicator-code'],
    ['Indicator', 'indicator-name'],
    ['Chỉ số', 'indicator-name'],
    ['Tên chỉ số', 'indicator-name'],
    ['Giá trị', 'value'],
    ['Giá trị (%)', 'value'],
    ['Kết quả', 'value'],
    ['Số liệu', 'value'],
    ['Value', 'value'],
    ['Tử số', 'numerator'],
    ['Mẫu số', 'denominator'],
    ['numerator', 'numerator'],
    ['Denominator', 'denominator'],
    ['Tài liệu kiểm chứng', 'evidence'],
    ['Minh chứng', 'evidence'],
    ['evidence', 'evidence'],
    ['Tỉnh', 'province-name'],
    ['Tỉnh/Thành phố', 'province-name'],
    ['Tỉnh/TP', 'province-name'],
    ['Province', 'province-name'],
    // Published national rankings (DTI 2022, dti.gov.vn)
    ['Các tỉnh, thành phố trực thuộc TW', 'province-name'],
    ['Tỉnh, thành phố trực thuộc Trung ương', 'province-name'],
    ['Mã tỉnh', 'province-code'],
    ['Province code', 'province-code'],
    ['Năm', 'year'],
    ['Year', 'year'],
    ['Kỳ báo cáo', 'year'],
    ['Ghi chú', 'note'],
    ['Note', 'note'],
    ['Lĩnh vực', 'info'],
    ['Domain', 'info'],
    ['Nhóm', 'info'],
    ['Nhóm chỉ số', 'info'],
    ['Group', 'info'],
    ['Loại', 'info'],
    ['Type', 'info'],
    ['Chỉ tiêu', 'info'],
    ['Mục tiêu', 'info'],
    ['Target', 'info'],
    ['Đơn vị', 'reporting-unit'],
    ['Đơn vị tính', 'unit'],
    ['ĐVT', 'unit'],
    ['Unit', 'unit'],
    ['Entity', 'entity-label'],
    ['Đơn vị hành chính', 'entity-label'],
    ['Xã/Phường', 'entity-label'],
    ['ID', 'entity-label'],
    ['STT', 'ignored'],
    ['TT', 'ignored'],
    ['No.', 'ignored'],
  ])('%j → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each([
    ['NFD', 'Mã chỉ số'.normalize('NFD'), 'indicator-code'],
    ['extra spaces', '  Giá   trị ', 'value'],
    ['NBSP', 'Giá\u00a0trị', 'value'],
    ['no diacritics, đ→d', 'Don vi tinh', 'unit'],
    ['upper case', 'TỈNH/THÀNH PHỐ', 'province-name'],
  ])('is forgiving: %s', (_what, header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each(['', 'Ghi chú thêm về số liệu', '__proto__', 'HT.01'])('%j is not a header', (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});
