import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';
import { buildXlsx } from '../helpers/xlsx-builder.js';

const fixtures = new URL('../fixtures/data/', import.meta.url);
const golden = (name: string) => `./golden/validate-${name}.txt`;
let dir = '';

const BOM = '\ufeff';

/** Windows-1258 spells tones as combining marks after â ê ô ă ơ ư: the form iconv can encode. */
const cp1258 = (text: string): string =>
  text
    .normalize('NFD')
    .replace(
      /([A-Za-z])(\u0323?)([\u0302\u0306\u031b])/g,
      (_, base: string, dot: string, mark: string) => `${`${base}${mark}`.normalize('NFC')}${dot}`,
    );
const files: Record<string, string | Buffer> = {
  // A province's form: BOM, semicolons, decimal commas, title rows, a labelled province and
  // year, a signature block below the table.
  'bieu-mau-01.csv':
    `${BOM}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM;;;;\n` +
    'Biểu số 01/ĐTTM;;;;\n' +
    'Tỉnh/Thành phố: Đồng Nai;;;;\n' +
    'Năm báo cáo: 2025;;;;\n' +
    ';;;;\n' +
    'STT;Mã chỉ số;Tên chỉ số;Giá trị;Ghi chú\n' +
    '1;HT.01;Tỷ lệ hộ gia đình có Internet cáp quang;85,5;\n' +
    '2;HT.02;Có trung tâm IOC cấp tỉnh;Có;\n' +
    '3;DV.01;Tỷ lệ thất thoát nước sạch;18,25;\n' +
    '4;DV.02;Số lần cập nhật dữ liệu mở trong năm;12;\n' +
    '5;DV.03;Mức độ số hóa hồ sơ y tế;Toàn bộ;\n' +
    '6;DV.04;Dân số (nghìn người);3.200,5;\n' +
    ';;;;\n' +
    'Người lập biểu;;;Thủ trưởng đơn vị;\n' +
    'Nguyễn Văn A;;;Trần Thị B;\n',
  'broken.csv':
    'Mã chỉ số,Giá trị,__proto__\n' +
    'HT.01,60,\n' +
    'HT.01,70,\n' +
    'HT.9,5,\n' +
    'DV.01,120,\n' +
    'DV.02,nhiều,\n' +
    'DV.04,"1,234",\n',
  'ca-mau.csv': 'Mã chỉ số,Giá trị\nHT.01,"0,85"\n',
  'renamed.xlsx': 'Mã chỉ số,Giá trị\nHT.01,60\n',
  'merged-2025.csv': 'Tỉnh,Năm,HT.01\nBình Phước,2025,50\nĐồng Nai,2025,60\n',
  'lam-dong.csv': iconv.encode(
    cp1258('Mã chỉ số;Giá trị\nHT.01;60\nDV.03;Một phần\n'),
    'windows-1258',
  ),
  'wide, 2025: odd.csv': 'Tỉnh,HT.01\nĐồng Nai,60\nDong Na,61\n',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-validate-'));
  copyFileSync(new URL('example-set.yaml', fixtures), join(dir, 'example-set.yaml'));
  copyFileSync(new URL('quang-ninh.csv', fixtures), join(dir, 'quang-ninh.csv'));
  copyFileSync(new URL('national-34.csv', fixtures), join(dir, 'national-34.csv'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  writeFileSync(
    join(dir, 'dong-nai.xlsx'),
    await buildXlsx({
      sheets: [
        {
          name: 'Dữ liệu',
          cells: {
            A1: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
            A2: 'BÁO CÁO CHỈ SỐ ĐÔ THỊ THÔNG MINH',
            A3: 'Tỉnh/Thành phố:',
            C3: 'Đồng Nai',
            A5: 'STT',
            B5: 'Mã chỉ số',
            C5: 'Giá trị',
            A6: 1,
            B6: 'HT.01',
            C6: { value: 0.855, numFmt: '0.0%' },
            A7: 2,
            B7: 'DV.02',
            C7: 'mười',
            B9: 'Người lập biểu',
          },
          merges: ['A1:E1', 'A2:E2'],
        },
      ],
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) =>
  runCli(['validate', ...args, '--set', 'example-set.yaml'], { cwd: dir });

describe('smartcity validate', () => {
  it('the worked example validates with exit 0', async () => {
    const t = await run(['quang-ninh.csv']);
    expect(t.exitCode).toBe(0);
    await expect(transcriptText(t)).toMatchFileSnapshot(golden('quang-ninh'));
  });

  it('an official form with BOM, semicolons and decimal commas validates', async () => {
    const t = await run(['bieu-mau-01.csv', '--lang', 'en']);
    expect(t.stdout).not.toMatch(/ error /);
    expect(t.exitCode).toBe(0);
    await expect(transcriptText(t)).toMatchFileSnapshot(golden('official-form'));
  });

  it('a wide national table of 34 provinces validates', async () => {
    const t = await run(['national-34.csv', '--year', '2025', '--format', 'json']);
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as { valid: boolean; files: Array<{ entities: string[] }> };
    expect(json.valid).toBe(true);
    expect(json.files[0]!.entities).toHaveLength(34);
  });

  it('a Windows-1258 CSV validates with --encoding windows-1258', async () => {
    const t = await run(['lam-dong.csv', '--encoding', 'windows-1258']);
    expect(t.exitCode).toBe(0);
  });

  it('broken data: exit 1, every finding with its place (text)', async () => {
    const t = await run(['broken.csv', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).not.toMatch(/\n\s+at /);
    for (const code of [
      'DATA_RESERVED_HEADER',
      'DATA_DUPLICATE_INDICATOR',
      'DATA_UNKNOWN_INDICATOR',
      'DATA_NOT_A_NUMBER',
      'DATA_AMBIGUOUS_NUMBER',
      'DATA_OUT_OF_RANGE',
    ]) {
      expect(t.stdout).toContain(code);
    }
    await expect(transcriptText(t)).toMatchFileSnapshot(golden('broken-text'));
  });

  it('broken data as JSON (§3.6 findings)', async () => {
    const t = await run(['broken.csv', 'quang-ninh.csv', '--format', 'json', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    const json = JSON.parse(t.stdout) as { valid: boolean; files: unknown[] };
    expect(json.valid).toBe(false);
    await expect(transcriptText(t)).toMatchFileSnapshot(golden('broken-json'));
  });

  it('github annotations escape properties and messages', async () => {
    const t = await run([
      'wide, 2025: odd.csv',
      'dong-nai.xlsx',
      '--format',
      'github',
      '--lang',
      'en',
    ]);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toContain('file=wide%2C 2025%3A odd.csv,line=3,col=1,title=PROVINCE_UNKNOWN');
    expect(t.stdout).toMatch(/::error file=dong-nai\.xlsx,line=7,col=3,title=DATA_NOT_A_NUMBER::/);
    await expect(transcriptText(t)).toMatchFileSnapshot(golden('github'));
  });

  it('a workbook form: merged titles, labelled province, percent format, signature', async () => {
    const t = await run(['dong-nai.xlsx', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toContain('dong-nai.xlsx › Dữ liệu!C7');
    expect(t.stdout).not.toContain('DATA_UNKNOWN_INDICATOR');
  });

  it('a merged province in a 2025 table: exit 1 naming the successor', async () => {
    const t = await run(['merged-2025.csv', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toContain('merged-2025.csv:2:1');
    expect(t.stdout).toContain('Bình Phước merged into Đồng Nai on 2025-07-01');
  });

  it('a CSV renamed .xlsx: exit 1, no stack trace', async () => {
    const t = await run(['renamed.xlsx']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout + t.stderr).not.toMatch(/\n\s+at /);
  });

  it('--strict turns a warning into exit 1', async () => {
    const plain = await run(['ca-mau.csv']);
    expect(plain.exitCode).toBe(0);
    expect(plain.stdout).toContain('DATA_LOOKS_LIKE_FRACTION');
    const strict = await run(['ca-mau.csv', '--strict']);
    expect(strict.exitCode).toBe(1);
  });

  it.each([
    [['missing.csv']],
    [['quang-ninh.csv', '--bogus']],
    [['quang-ninh.csv', '--year', '3000']],
    [['quang-ninh.csv', '--decimal', 'space']],
    [['quang-ninh.csv', '--format', 'xml']],
    [[]],
  ])('cannot run %j: exit 2, no stack trace', async (args) => {
    const t = await run(args);
    expect(t.exitCode).toBe(2);
    expect(t.stdout + t.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes nothing', async () => {
    const { readdirSync } = await import('node:fs');
    const before = readdirSync(dir).sort();
    await run(['quang-ninh.csv', 'broken.csv']);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
