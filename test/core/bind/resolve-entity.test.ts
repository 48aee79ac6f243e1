import { describe, expect, it } from 'vitest';
import { provinceFromFileName } from '../../../src/core/bind/file-name-stem.js';
import { readYear, yearFromFileName } from '../../../src/core/bind/read-year.js';
import { bind, codes } from './bind-test-kit.js';
import { csvSource, xlsxSource } from './raw-source-builder.js';

const body = 'Mã chỉ số;Giá trị\nHT.01;60\n';

describe('who the entity of a long file is (spec §3.3)', () => {
  it.each([
    ['dongnai.xlsx', '75'],
    ['dong-nai_2025.csv', '75'],
    ['DongNai.xlsx', '75'],
    ['Đồng Nai.xlsx', '75'],
    ['quang-ninh.csv', '22'],
    ['bao-cao-so-lieu-ha-noi-2025.csv', '01'],
    ['TPHCM.csv', '79'],
  ])('from the file name %s', (file, code) => {
    const dataset = bind(csvSource(file, body));
    expect(codes(dataset)).toEqual([]);
    expect(dataset.entities[0]!.province?.code).toBe(code);
  });

  it('a file name that names nothing labels the entity, with a warning', () => {
    const dataset = bind(csvSource('submission-final.csv', body));
    expect(codes(dataset)).toEqual(['PROVINCE_FROM_FILE_NAME@-']);
    expect(dataset.entities[0]).toMatchObject({ label: 'submission-final', province: null });
  });

  it('--province beats a column, a label and the file name', () => {
    const text = 'Tỉnh: Cà Mau\nMã chỉ số;Giá trị;Tỉnh\nHT.01;60;Huế\n';
    const dataset = bind(csvSource('dongnai.csv', text), { province: 'Lâm Đồng' });
    expect(dataset.entities[0]!.province?.code).toBe('68');
  });

  it('a province column beats a label and the file name; its rows must agree', () => {
    const text =
      'Tỉnh: Cà Mau\nMã chỉ số;Giá trị;Tỉnh\nHT.01;60;Huế\nDV.01;20;Thừa Thiên Huế\nDV.02;3;Hà Nội\n';
    const dataset = bind(csvSource('dongnai.csv', text));
    expect(dataset.entities[0]!.province?.code).toBe('46');
    // The label (Cà Mau) and the file name (Đồng Nai) disagree with the column: spec §6 warnings.
    expect(codes(dataset)).toEqual([
      'PROVINCE_CONFLICT@3:3',
      'PROVINCE_CONFLICT@3:3',
      'DATA_CONFLICTING_PROVINCE@5:3',
    ]);
  });

  it('a labelled cell beats the file name', () => {
    const dataset = bind(csvSource('dongnai.csv', `Province: Cà Mau\n${body}`));
    expect(dataset.entities[0]!.province?.code).toBe('96');
  });

  it('a labelled cell on an info sheet counts', () => {
    const dataset = bind(
      xlsxSource('bao-cao.xlsx', [
        {
          name: 'Dữ liệu',
          rows: [
            ['Mã chỉ số', 'Giá trị'],
            ['HT.01', 60],
          ],
        },
        {
          name: 'Thông tin chung',
          rows: [
            ['Tỉnh/Thành phố', 'Gia Lai'],
            ['Năm', 2025],
          ],
        },
      ]),
    );
    expect(dataset.entities[0]).toMatchObject({ province: { code: '52' }, year: 2025 });
  });

  it('an explicit name that resolves to nothing is an error with suggestions', () => {
    const dataset = bind(csvSource('x.csv', body), { province: 'Dong Na' });
    expect(codes(dataset)).toEqual(['PROVINCE_UNKNOWN@-']);
  });

  it('a pre-2025 unit for 2025 is PROVINCE_RETIRED', () => {
    const dataset = bind(csvSource('x.csv', body), { province: 'Bình Phước', year: 2025 });
    expect(codes(dataset)).toEqual(['PROVINCE_RETIRED@-']);
    expect(dataset.findings[0]!.args).toMatchObject({ successor: 'Đồng Nai', date: '2025-07-01' });
    const before = bind(csvSource('x.csv', body), { province: 'Bình Phước', year: 2024 });
    expect(codes(before)).toEqual([]);
    expect(before.entities[0]!.province?.code).toBe('70');
  });

  it('legacy TCVN3 text gets a warning with the probable name', () => {
    const dataset = bind(csvSource('x.csv', `Tỉnh: §ång Nai\n${body}`));
    expect(codes(dataset, 'warning')).toEqual(['PROVINCE_LEGACY_FONT@1:1']);
    expect(dataset.findings.find((f) => f.code === 'PROVINCE_LEGACY_FONT')!.args.suggestion).toBe(
      'Đồng Nai',
    );
  });
});

describe('the year (spec §3.3)', () => {
  it.each([
    ['--year', { year: 2024 }, 'Năm: 2025\n', 'dongnai_2023.csv', 2024],
    ['the year column', {}, 'Năm: 2025\n', 'dongnai_2023.csv', 2026],
    ['a labelled cell', {}, 'Kỳ báo cáo: Năm 2025\n', 'dongnai_2023.csv', 2025],
    ['the file name', {}, '', 'dongnai_2023.csv', 2023],
    ['nothing', {}, '', 'dongnai.csv', null],
  ])('from %s', (_what, options, label, file, year) => {
    const withColumn = _what === 'the year column';
    const table = withColumn
      ? 'Mã chỉ số;Giá trị;Năm\nHT.01;60;2026\n'
      : 'Mã chỉ số;Giá trị\nHT.01;60\n';
    const dataset = bind(csvSource(file, `${label}${table}`), options);
    expect(dataset.entities[0]!.year).toBe(year);
  });

  it('a title row that says "NĂM 2025" gives the year when nothing else does', () => {
    const title = 'BIỂU MẪU SỐ LIỆU ĐÔ THỊ THÔNG MINH NĂM 2025\n';
    const dataset = bind(csvSource('dongnai.csv', `${title}${body}`));
    expect(codes(dataset)).toEqual([]);
    expect(dataset.entities[0]!.year).toBe(2025);
    // A labelled year and a year column say it more plainly.
    const labelled = bind(csvSource('dongnai.csv', `${title}Năm: 2024\n${body}`));
    expect(labelled.entities[0]!.year).toBe(2024);
    const column = bind(csvSource('dongnai.csv', `${title}Mã chỉ số;Giá trị;Năm\nHT.01;60;2023\n`));
    expect(column.entities[0]!.year).toBe(2023);
    // Only above the header: a note under the table about another year is not the title.
    const below = bind(csvSource('dongnai.csv', `${body}Ghi chú: số liệu năm 2020\n`));
    expect(below.entities[0]!.year).toBeNull();
    const span = bind(csvSource('dongnai.csv', `KẾ HOẠCH 5 NĂM 2021-2025\n${body}`));
    expect(span.entities[0]!.year).toBeNull();
  });

  it('an invalid year is DATA_INVALID_YEAR at its cell', () => {
    const dataset = bind(csvSource('dongnai.csv', 'Mã chỉ số;Giá trị;Năm\nHT.01;60;hai nghìn\n'));
    expect(codes(dataset)).toEqual(['DATA_INVALID_YEAR@2:3']);
  });

  it.each([
    [2025, 2025],
    ['Năm 2025', 2025],
    ['2025-Q3', 2025],
    [25, 'invalid'],
    ['2024-2025', 'invalid'],
  ])('readYear(%j)', (value, expected) => {
    const read = readYear(value);
    expect(read.kind === 'year' ? read.year : read.kind).toBe(expected);
  });

  it('file names', () => {
    expect(yearFromFileName('dong-nai_2025')).toBe(2025);
    expect(provinceFromFileName('dong-nai_2025.csv')).toBe('dong nai');
    expect(provinceFromFileName('DongNai.xlsx')).toBe('Dong Nai');
    expect(provinceFromFileName('Đồng Nai.xlsx')).toBe('Đồng Nai');
  });
});
