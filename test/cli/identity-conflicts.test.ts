import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { buildXlsx } from '../helpers/xlsx-builder.js';

/** Spec §6 "disagreeing sources" on real files: a workbook and a CSV whose sources disagree. */
const fixtures = new URL('../fixtures/data/', import.meta.url);
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-conflicts-'));
  copyFileSync(new URL('example-set.yaml', fixtures), join(dir, 'example-set.yaml'));
  // Named for Đồng Nai 2025; its info sheet says Lâm Đồng and its title says 2024.
  writeFileSync(
    join(dir, 'dong-nai_2025.xlsx'),
    await buildXlsx({
      sheets: [
        {
          name: 'Số liệu',
          cells: {
            A1: 'BÁO CÁO SỐ LIỆU ĐÔ THỊ THÔNG MINH NĂM 2024',
            A3: 'Mã chỉ số',
            B3: 'Giá trị',
            A4: 'HT.01',
            B4: 60,
          },
        },
        { name: 'Thông tin', cells: { A1: 'Tỉnh/Thành phố', B1: 'Lâm Đồng' } },
      ],
    }),
  );
  writeFileSync(join(dir, 'ha-noi.csv'), 'Tỉnh: Hà Nội\nNăm: 2024\nMã chỉ số;Giá trị\nHT.01;60\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) =>
  runCli(['validate', ...args, '--set', 'example-set.yaml'], { cwd: dir });

describe('disagreeing sources of who and when (spec §6)', () => {
  it('a workbook: the stronger source wins, warnings at its cell, validate passes', async () => {
    const t = await run(['dong-nai_2025.xlsx', '--lang', 'en', '--format', 'json']);
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as { findings: Record<string, unknown>[] };
    expect(json.findings).toHaveLength(2);
    expect(json.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'YEAR_CONFLICT',
          severity: 'warning',
          file: 'dong-nai_2025.xlsx',
          sheet: 'Số liệu',
          cell: 'A1',
          message: 'The year 2024 (the title row) differs from 2025 (the file name); 2024 is used.',
        }),
        expect.objectContaining({
          code: 'PROVINCE_CONFLICT',
          severity: 'warning',
          sheet: 'Thông tin',
          cell: 'B1',
          message:
            'The province Lâm Đồng (the labelled cell) differs from Đồng Nai (the file name); Lâm Đồng is used.',
        }),
      ]),
    );
  });

  it('the text output names the place and the sources; --strict fails on it', async () => {
    const t = await run(['dong-nai_2025.xlsx']);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain(
      'dong-nai_2025.xlsx › Số liệu!A1  warning YEAR_CONFLICT  Năm 2024 (dòng tiêu đề) khác năm 2025 (tên tệp); dùng năm 2024.',
    );
    expect(t.stdout).toContain(
      'dong-nai_2025.xlsx › Thông tin!B1  warning PROVINCE_CONFLICT  Tỉnh Lâm Đồng (ô ghi tỉnh) khác tỉnh Đồng Nai (tên tệp); dùng Lâm Đồng.',
    );
    expect((await run(['dong-nai_2025.xlsx', '--strict'])).exitCode).toBe(1);
  });

  it('a CSV under --province and --year: the options win, the file is named as saying otherwise', async () => {
    const t = await run(['ha-noi.csv', '--province', 'Huế', '--year', '2025', '--lang', 'en']);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain(
      'ha-noi.csv  warning YEAR_CONFLICT  The year 2025 (the --year option) differs from 2024 (the labelled cell, ha-noi.csv:2:1); 2025 is used.',
    );
    expect(t.stdout).toContain(
      'ha-noi.csv  warning PROVINCE_CONFLICT  The province Huế (the --province option) differs from Hà Nội (the labelled cell, ha-noi.csv:1:1); Huế is used.',
    );
    expect(t.stdout).toContain(
      'ha-noi.csv  warning PROVINCE_CONFLICT  The province Huế (the --province option) differs from Hà Nội (the file name); Huế is used.',
    );
    const strict = await run(['ha-noi.csv', '--province', 'Huế', '--year', '2025', '--strict']);
    expect(strict.exitCode).toBe(1);
    // Agreeing sources stay silent, so --strict passes.
    expect((await run(['ha-noi.csv', '--province', 'Ha Noi', '--strict'])).exitCode).toBe(0);
  });
});
