import { describe, expect, it } from 'vitest';
import type { BindOptions } from '../../../src/core/bind/bind-options.js';
import { provinceFromFileName } from '../../../src/core/bind/file-name-stem.js';
import { findingMessage } from '../../../src/core/findings/format-finding.js';
import { bind, codes } from './bind-test-kit.js';
import { csvSource, xlsxSource } from './raw-source-builder.js';

/** One long CSV submission: optional lines above the header and optional Tỉnh / Năm columns. */
function submission(
  file: string,
  parts: { above?: string[]; province?: string; year?: string } = {},
  options: Partial<BindOptions> = {},
) {
  const header = ['Mã chỉ số', 'Giá trị'];
  const row = ['HT.01', '60'];
  if (parts.province !== undefined) {
    header.push('Tỉnh');
    row.push(parts.province);
  }
  if (parts.year !== undefined) {
    header.push('Năm');
    row.push(parts.year);
  }
  const lines = [...(parts.above ?? []), header.join(';'), row.join(';')];
  return bind(csvSource(file, `${lines.join('\n')}\n`), options);
}

/** The conflicts of a dataset as `CODE@place source>otherSource value/other`. */
function conflicts(dataset: ReturnType<typeof bind>): string[] {
  const places = codes(dataset);
  return dataset.findings.flatMap((finding, i) =>
    finding.code.endsWith('_CONFLICT')
      ? [
          `${places[i]} ${finding.args.source}>${finding.args.otherSource} ` +
            `${finding.args.value}/${finding.args.other}`,
        ]
      : [],
  );
}

describe('PROVINCE_CONFLICT: two sources of §3.3 name different provinces (spec §6)', () => {
  it.each([
    [
      '--province and the column',
      submission('bao-cao.csv', { province: 'Lâm Đồng' }, { province: 'Đồng Nai' }),
      ['PROVINCE_CONFLICT@- option>column Đồng Nai/Lâm Đồng'],
      '75',
    ],
    [
      '--province and a labelled cell',
      submission('bao-cao.csv', { above: ['Tỉnh: Lâm Đồng'] }, { province: 'Đồng Nai' }),
      ['PROVINCE_CONFLICT@- option>label Đồng Nai/Lâm Đồng'],
      '75',
    ],
    [
      '--province and the file name',
      submission('lam-dong.csv', {}, { province: 'Đồng Nai' }),
      ['PROVINCE_CONFLICT@- option>file-name Đồng Nai/Lâm Đồng'],
      '75',
    ],
    [
      'the column and a labelled cell',
      submission('bao-cao.csv', { above: ['Tỉnh: Lâm Đồng'], province: 'Đồng Nai' }),
      ['PROVINCE_CONFLICT@3:3 column>label Đồng Nai/Lâm Đồng'],
      '75',
    ],
    [
      'the column and the file name',
      submission('lam-dong.csv', { province: 'Đồng Nai' }),
      ['PROVINCE_CONFLICT@2:3 column>file-name Đồng Nai/Lâm Đồng'],
      '75',
    ],
    [
      'a labelled cell and the file name',
      submission('dong-nai.csv', { above: ['Tỉnh/Thành phố: Lâm Đồng'] }),
      ['PROVINCE_CONFLICT@1:1 label>file-name Lâm Đồng/Đồng Nai'],
      '68',
    ],
    [
      'a weak label that resolves and the file name',
      submission('dong-nai.csv', { above: ['Đơn vị báo cáo: UBND tỉnh Lâm Đồng'] }),
      ['PROVINCE_CONFLICT@1:1 label>file-name Lâm Đồng/Đồng Nai'],
      '68',
    ],
  ])('%s: the stronger wins, one warning at its place', (_what, dataset, expected, code) => {
    expect(conflicts(dataset)).toEqual(expected);
    expect(dataset.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(dataset.entities[0]!.province?.code).toBe(code);
  });

  it('every weaker source that disagrees is named, each in its own warning', () => {
    const dataset = submission(
      'lam-dong.csv',
      { above: ['Tỉnh: Cà Mau'], province: 'Huế' },
      { province: 'Đồng Nai' },
    );
    expect(conflicts(dataset)).toEqual([
      'PROVINCE_CONFLICT@- option>column Đồng Nai/Huế',
      'PROVINCE_CONFLICT@- option>label Đồng Nai/Cà Mau',
      'PROVINCE_CONFLICT@- option>file-name Đồng Nai/Lâm Đồng',
    ]);
  });

  it.each([
    ['the same name without diacritics', 'dong-nai.csv', { above: ['Tỉnh: DONG NAI'] }, {}],
    ['the file name run together', 'DongNai.csv', { above: ['Tỉnh: Đồng Nai'] }, {}],
    ['a code and a name', 'dong-nai.csv', { province: '75' }, {}],
    ['--province as a code', 'dongnai.csv', { above: ['Tỉnh: Đồng Nai'] }, { province: '75' }],
    ['an alias', 'hue.csv', { above: ['Tỉnh: Thừa Thiên Huế'] }, {}],
    ['TP. and a short form', 'tphcm.csv', { province: 'TP. Hồ Chí Minh' }, {}],
    [
      'a merged pre-2025 name and its 2025 unit',
      'binh-phuoc_2025.csv',
      { above: ['Tỉnh: Đồng Nai'] },
      {},
    ],
    [
      'a pre-2025 name and its pre-2025 code',
      'binh-phuoc_2024.csv',
      { above: ['Tỉnh: 70'] },
      { province: 'Bình Phước' },
    ],
    ['a file name that names nothing', 'submission-final.csv', { above: ['Tỉnh: Đồng Nai'] }, {}],
  ])('agreeing sources give no warning: %s', (_what, file, parts, options) => {
    const dataset = submission(file, parts, options);
    expect(dataset.findings).toEqual([]);
    expect(dataset.entities[0]!.province).not.toBeNull();
  });

  it('two pre-2025 units that merged into one still disagree for a pre-2025 year', () => {
    const dataset = submission('binh-phuoc_2024.csv', { above: ['Tỉnh: Đồng Nai'] });
    expect(conflicts(dataset)).toEqual([
      'PROVINCE_CONFLICT@1:1 label>file-name Đồng Nai/Bình Phước',
    ]);
  });

  it('names both sources and both values, in either language, at the labelled cell', () => {
    const dataset = bind(
      xlsxSource('dong-nai.xlsx', [
        {
          name: 'Số liệu',
          rows: [
            ['Mã chỉ số', 'Giá trị'],
            ['HT.01', 60],
          ],
        },
        { name: 'Thông tin', rows: [['Tỉnh/Thành phố', 'Lâm Đồng']] },
      ]),
    );
    const [finding] = dataset.findings;
    expect(finding).toMatchObject({
      code: 'PROVINCE_CONFLICT',
      severity: 'warning',
      sheet: 'Thông tin',
      cell: 'B1',
      province: '68',
    });
    expect(findingMessage(finding!, 'vi')).toBe(
      'Tỉnh Lâm Đồng (ô ghi tỉnh) khác tỉnh Đồng Nai (tên tệp); dùng Lâm Đồng.',
    );
    expect(findingMessage(finding!, 'en')).toBe(
      'The province Lâm Đồng (the labelled cell) differs from Đồng Nai (the file name); Lâm Đồng is used.',
    );
  });

  it('the losing cell is named when it has one', () => {
    const dataset = submission('bao-cao.csv', { above: ['Tỉnh: Lâm Đồng'] }, { province: '75' });
    expect(findingMessage(dataset.findings[0]!, 'en')).toBe(
      'The province Đồng Nai (the --province option) differs from Lâm Đồng (the labelled cell, bao-cao.csv:1:1); Đồng Nai is used.',
    );
  });
});

describe('YEAR_CONFLICT: two sources of §3.3 name different years (spec §6)', () => {
  const title = 'BÁO CÁO SỐ LIỆU ĐÔ THỊ THÔNG MINH NĂM 2024';
  it.each([
    ['--year and the column', 'dongnai.csv', { year: '2024' }, { year: 2025 }, 'option>column'],
    ['--year and a label', 'dongnai.csv', { above: ['Năm: 2024'] }, { year: 2025 }, 'option>label'],
    ['--year and a title row', 'dongnai.csv', { above: [title] }, { year: 2025 }, 'option>title'],
    ['--year and the file name', 'dongnai_2024.csv', {}, { year: 2025 }, 'option>file-name'],
    [
      'the column and a label',
      'dongnai.csv',
      { above: ['Năm: 2024'], year: '2025' },
      {},
      'column>label',
    ],
    [
      'the column and a title row',
      'dongnai.csv',
      { above: [title], year: '2025' },
      {},
      'column>title',
    ],
    ['the column and the file name', 'dongnai_2024.csv', { year: '2025' }, {}, 'column>file-name'],
    [
      'a label and a title row',
      'dongnai.csv',
      { above: [title, 'Kỳ báo cáo: Năm 2025'] },
      {},
      'label>title',
    ],
    [
      'a label and the file name',
      'dongnai_2024.csv',
      { above: ['Năm: 2025'] },
      {},
      'label>file-name',
    ],
    [
      'a title row and the file name',
      'dongnai_2024.csv',
      { above: ['BIỂU MẪU NĂM 2025'] },
      {},
      'title>file-name',
    ],
  ])('%s: the stronger wins with one warning', (_what, file, parts, options, pair) => {
    const dataset = submission(file, parts, options);
    expect(conflicts(dataset).map((line) => line.split(' ').slice(1).join(' '))).toEqual([
      `${pair} 2025/2024`,
    ]);
    expect(dataset.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(dataset.entities[0]!.year).toBe(2025);
  });

  it('the warning stands at the winning source: its cell, or the file for --year', () => {
    const fromTitle = submission('dongnai_2024.csv', { above: ['', 'BIỂU MẪU NĂM 2025'] });
    expect(codes(fromTitle)).toEqual(['YEAR_CONFLICT@2:1']);
    const fromColumn = submission('dongnai_2024.csv', { year: '2025' });
    expect(codes(fromColumn)).toEqual(['YEAR_CONFLICT@2:3']);
    const fromOption = submission('dongnai_2024.csv', {}, { year: 2025 });
    expect(codes(fromOption)).toEqual(['YEAR_CONFLICT@-']);
    expect(fromOption.findings[0]!.file).toBe('dongnai_2024.csv');
  });

  it('names both sources and both values in either language', () => {
    const dataset = submission('dong-nai_2025.csv', { above: [title] });
    expect(dataset.entities[0]!.year).toBe(2024);
    expect(findingMessage(dataset.findings[0]!, 'vi')).toBe(
      'Năm 2024 (dòng tiêu đề) khác năm 2025 (tên tệp); dùng năm 2024.',
    );
    expect(findingMessage(dataset.findings[0]!, 'en')).toBe(
      'The year 2024 (the title row) differs from 2025 (the file name); 2024 is used.',
    );
  });

  it('every weaker source that disagrees gets its own warning; agreeing ones none', () => {
    const dataset = submission(
      'dongnai_2023.csv',
      { above: [title, 'Năm: 2025'], year: '2025' },
      { year: 2025 },
    );
    expect(conflicts(dataset).map((line) => line.split(' ').slice(1).join(' '))).toEqual([
      'option>title 2025/2024',
      'option>file-name 2025/2023',
    ]);
  });

  it.each([
    [
      'all sources say 2025',
      'dongnai_2025.csv',
      { above: ['BÁO CÁO NĂM 2025', 'Năm: 2025'], year: '2025' },
      { year: 2025 },
    ],
    ['"Năm 2025" and 2025', 'dongnai_2025.csv', { above: ['Kỳ báo cáo: Năm 2025'] }, {}],
    ['a title span names no year', 'dongnai_2025.csv', { above: ['KẾ HOẠCH 5 NĂM 2021-2025'] }, {}],
    ['a file name without a year', 'dongnai.csv', { above: [title] }, {}],
  ])('agreeing sources give no warning: %s', (_what, file, parts, options) => {
    expect(submission(file, parts, options).findings).toEqual([]);
  });

  it('a wide table compares its file-level sources too', () => {
    const text = `${title}\nTỉnh;HT.01\nĐồng Nai;60\nLâm Đồng;50\n`;
    const dataset = bind(csvSource('toan-quoc_2025.csv', text));
    expect(conflicts(dataset)).toEqual(['YEAR_CONFLICT@1:1 title>file-name 2024/2025']);
    expect(dataset.entities.map((entity) => entity.year)).toEqual([2024, 2024]);
  });

  it('a wide row whose year column says another year than --year is named, the option decides', () => {
    const text = 'Tỉnh;Năm;HT.01\nĐồng Nai;2024;60\nLâm Đồng;2025;50\nHà Tĩnh;;40\n';
    const dataset = bind(csvSource('toan-quoc.csv', text), { year: 2025 });
    expect(conflicts(dataset)).toEqual(['YEAR_CONFLICT@- option>column 2025/2024']);
    expect(findingMessage(dataset.findings[0]!, 'vi')).toContain('(cột Năm, toan-quoc.csv:2:2)');
    expect(dataset.entities.map((entity) => entity.year)).toEqual([2025, 2025, 2025]);
  });
});

describe('what a file name says', () => {
  it('a form number is not a province code: "bieu-mau-01.csv" does not name Hà Nội', () => {
    const labelled = submission('bieu-mau-01.csv', { above: ['Tỉnh: Đồng Nai'] });
    expect(labelled.findings).toEqual([]);
    const alone = submission('bieu-mau-01.csv');
    expect(codes(alone)).toEqual(['PROVINCE_FROM_FILE_NAME@-']);
    expect(alone.entities[0]!.province).toBeNull();
  });

  it.each([
    ['dong-nai-v2.csv', 'dong nai'],
    ['dong-nai_ban-2.csv', 'dong nai'],
    ['DongNai2025.xlsx', 'dong nai'],
    ['75-dong-nai.xlsx', 'dong nai'],
    ['bieu-mau-01.csv', ''],
    ['ha-tinh_2025.csv', 'ha tinh'],
    ['HaTinh.xlsx', 'Ha Tinh'],
    ['tinh-ha-tinh-2025.xlsx', 'ha tinh'],
    ['bao-cao-tinh-dong-nai-2025-final.xlsx', 'dong nai'],
    ['so-lieu-tp-hcm.csv', 'hcm'],
    ['thanh-pho-hue_2025.xlsx', 'hue'],
  ])('provinceFromFileName(%j) is %j', (file, text) => {
    expect(provinceFromFileName(file)).toBe(text);
  });

  it('"ha-tinh_2025.csv" is Hà Tĩnh: "tinh" is dropped only before a name', () => {
    for (const file of ['ha-tinh_2025.csv', 'tinh-ha-tinh.csv', 'Hà Tĩnh.csv']) {
      const read = submission(file);
      expect(read.entities[0]!.province?.code).toBe('42');
      expect(codes(read)).toEqual([]);
    }
  });

  it('a code before the name is dropped, the name still counts', () => {
    const dataset = submission('75-dong-nai.csv', { above: ['Tỉnh: Lâm Đồng'] });
    expect(conflicts(dataset)).toEqual(['PROVINCE_CONFLICT@1:1 label>file-name Lâm Đồng/Đồng Nai']);
  });
});
