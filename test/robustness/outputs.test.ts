import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCsv } from '../../src/render/formats/report-csv.js';
import { reportJson } from '../../src/render/formats/report-json.js';
import { reportWorkbook as reportWorkbookPieces } from '../../src/render/workbook/report-workbook.js';
import { inlineCell, longRows, numberCell, ooxml } from '../helpers/corpus-ooxml.js';
import { FULL_VALUES, fakeFinding, fakeReport } from '../helpers/fake-report.js';
import { runCli } from '../helpers/run-cli.js';
import { setText } from './build-corpus.js';
import { expectClean, hashFiles, tempFiles } from './corpus-check.js';
import { joinedBytes } from '../helpers/joined-bytes.js';

const reportWorkbook = joinedBytes(reportWorkbookPieces);

/**
 * The output side of the corpus: what reaches a report from hostile input (reliability §1, O3,
 * O4). Formula-looking text must stay inert in CSV and xlsx, workbook formulas and links from an
 * input never reach a report, and text no format can hold (C0 controls, lone surrogates) must
 * not break JSON, CSV or the workbook.
 */
let dir: string;
let set: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-outputs-'));
  set = await setText();
  await writeFile(join(dir, 'set.yaml'), set);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function unzipText(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (entry !== null) out.set(name, await entry.async('string'));
  }
  return out;
}

/** Parses CSV lines of a report (RFC 4180 quotes) into fields. */
function csvFields(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && body[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

describe('X20: formulas and hyperlinks in a submitted workbook never reach a report', () => {
  it('writes cached values as values, evidence text as plain strings, no links', async () => {
    const evil = '=HYPERLINK("file:///C:/Windows/System32/calc.exe","x")';
    const bytes = ooxml({
      sheet: `<row r="1">${inlineCell('A1', 'Mã chỉ số')}${inlineCell('B1', 'Giá trị')}${inlineCell('C1', 'Minh chứng')}</row>${[
        ['HT.01', '<c r="B2"><f>WEBSERVICE("http://x")</f><v>60</v></c>', inlineCell('C2', evil)],
        [
          'HT.02',
          inlineCell('B3', 'Có'),
          '<c r="C3" t="str"><f>HYPERLINK("http://evil","bằng chứng")</f><v>bằng chứng</v></c>',
        ],
        ['DV.01', numberCell('B4', 20), inlineCell('C4', '@SUM(1)')],
      ]
        .map(
          ([code, value, evidence], i) =>
            `<row r="${i + 2}">${inlineCell(`A${i + 2}`, code!)}${value}${evidence}</row>`,
        )
        .join('')}`,
      afterSheetData: '<hyperlinks><hyperlink ref="C4" r:id="rId9"/></hyperlinks>',
      extra: [
        {
          name: 'xl/worksheets/_rels/sheet1.xml.rels',
          data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="file:///C:/Windows/System32/calc.exe" TargetMode="External"/></Relationships>',
        },
      ],
    });
    await writeFile(join(dir, 'quang-ninh.xlsx'), bytes);
    const before = await hashFiles(dir);

    for (const out of ['x20.xlsx', 'x20.csv']) {
      const t = await runCli(['score', '--set', 'set.yaml', '-o', out, 'quang-ninh.xlsx'], {
        cwd: dir,
      });
      expect(t.exitCode, t.stderr).toBe(0);
      expectClean(t);
    }
    const parts = await unzipText(join(dir, 'x20.xlsx'));
    for (const [name, xml] of parts) {
      // Formulas the report writes itself are allowed; none may come from the input.
      for (const f of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) {
        expect(f[1], name).not.toMatch(/HYPERLINK|WEBSERVICE|calc\.exe/i);
      }
      if (name.endsWith('.rels')) expect(xml, name).not.toContain('/hyperlink"');
      expect(xml, name).not.toContain('<hyperlink');
      if (name.endsWith('.rels')) expect(xml, name).not.toContain('calc.exe');
    }
    // The evidence texts survive as inert shared strings (t="s", never <f>).
    const strings = parts.get('xl/sharedStrings.xml') ?? '';
    expect(strings).toContain('@SUM(1)');
    expect(strings).toContain('=HYPERLINK(&quot;file:///C:/Windows/System32/calc.exe');

    const rows = csvFields(await readFile(join(dir, 'x20.csv'), 'utf8'));
    const evidence = rows.map((r) => r[14] ?? '');
    expect(evidence).toContain(`'${evil}`);
    expect(evidence).toContain("'@SUM(1)");
    for (const row of rows.slice(1)) {
      for (const field of row) expect(/^[=+\-@\t\r\n＝＋－＠]/.test(field), field).toBe(false);
    }

    for (const [name, hash] of before) expect((await hashFiles(dir)).get(name)).toBe(hash);
    expect(await tempFiles(dir)).toEqual([]);
  });
});

describe('X9: a macro workbook scores, with a warning, into a plain .xlsx', () => {
  it('exit 0, FILE_XLSX_MACROS_IGNORED, no vbaProject in the report', async () => {
    await writeFile(
      join(dir, 'quang-ninh.xlsm'),
      ooxml({ extra: [{ name: 'xl/vbaProject.bin', data: Buffer.from('VBA') }] }),
    );
    const t = await runCli(['score', '--set', 'set.yaml', '-o', 'x9.xlsx', 'quang-ninh.xlsm'], {
      cwd: dir,
    });
    expect(t.exitCode, t.stderr).toBe(0);
    expect(t.stderr).toContain('FILE_XLSX_MACROS_IGNORED');
    const parts = await unzipText(join(dir, 'x9.xlsx'));
    expect([...parts.keys()].some((n) => /vba|macro/i.test(n))).toBe(false);
  });
});

describe('X15: an external entity is never resolved', () => {
  it('the content of /etc/passwd appears nowhere', async () => {
    let secret: string | null = null;
    try {
      secret = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? null;
    } catch {
      secret = null;
    }
    await writeFile(
      join(dir, 'quang-ninh.xlsx'),
      ooxml({
        sharedStrings:
          '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>',
        sheet: longRows([['HT.01', '<c r="B2" t="s"><v>0</v></c>']]),
      }),
    );
    for (const args of [
      ['validate', '--set', 'set.yaml', '--format', 'json', 'quang-ninh.xlsx'],
      ['score', '--set', 'set.yaml', '-o', 'x15.json', 'quang-ninh.xlsx'],
    ]) {
      const t = await runCli(args, { cwd: dir });
      expect(t.exitCode).toBe(1);
      if (secret) expect(`${t.stdout}${t.stderr}`).not.toContain(secret);
      expect(`${t.stdout}${t.stderr}`).not.toContain('root:');
    }
    expect(await readdir(dir)).not.toContain('x15.json');
  });
});

describe('indicator names that look like formulas, in a custom set', () => {
  it('come out of a CSV export prefixed with an apostrophe', async () => {
    const hostile = set
      .replace('vi: "Tỷ lệ hộ gia đình có Internet cáp quang"', 'vi: "=cmd|\' /c calc\'!A1"')
      .replace('vi: "Có trung tâm IOC cấp tỉnh"', 'vi: "@SUM(1+1)"')
      .replace('vi: "Tỷ lệ thất thoát nước sạch"', 'vi: "+1"')
      .replace('vi: "Số lần cập nhật dữ liệu mở trong năm"', 'vi: "-1+2"');
    await writeFile(join(dir, 'hostile.yaml'), hostile);
    await writeFile(
      join(dir, 'quang-ninh.csv'),
      'Mã chỉ số,Giá trị,Minh chứng\nHT.01,60,"\t=1"\nHT.02,Có,"=2"\nDV.01,20,+3\n',
    );
    const t = await runCli(
      ['score', '--set', 'hostile.yaml', '-o', 'names.csv', 'quang-ninh.csv'],
      {
        cwd: dir,
      },
    );
    expect(t.exitCode, t.stderr).toBe(0);
    const rows = csvFields(await readFile(join(dir, 'names.csv'), 'utf8'));
    const names = rows.slice(1).map((r) => r[4]);
    expect(names).toContain("'=cmd|' /c calc'!A1");
    expect(names).toContain("'@SUM(1+1)");
    expect(names).toContain("'+1");
    expect(names).toContain("'-1+2");
    for (const row of rows.slice(1)) {
      for (const field of row) expect(/^[=+\-@\t\r\n＝＋－＠]/.test(field), field).toBe(false);
    }
    // Negative numbers we computed stay numbers (not prefixed): none here, but no cell is "'-0".
    expect(rows.flat()).not.toContain("'-0");
  });
});

describe('text no output format can hold (C0 controls, lone surrogates)', () => {
  const nasty = 'A\u0000B\u0001C\u000bD\ud800E\udc00F\u001f';
  const report = fakeReport(
    [
      {
        label: `Tỉnh ${nasty}`,
        province: { code: '75', name: 'Đồng Nai' },
        values: FULL_VALUES,
        evidence: `=evil ${nasty}`,
      },
    ],
    [fakeFinding({ value: nasty, args: { value: nasty } })],
  );

  it('JSON stays valid and escapes them', () => {
    const json = reportJson(report, { lang: 'vi', toolVersion: '0.0.0' });
    expect(() => JSON.parse(json) as unknown).not.toThrow();
    expect(json).toContain('\\ud800');
    expect(json).toContain('\\u0000');
  });

  it('CSV keeps one record per line and neutralises the leading =', () => {
    const text = reportCsv(report, { lang: 'vi' });
    const rows = csvFields(text);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(rows.slice(1).map((r) => r[14])).toContain(`'=evil ${nasty}`);
  });

  it('the workbook is well-formed XML that ExcelJS reads back', async () => {
    const bytes = await reportWorkbook(report, {
      lang: 'vi',
      toolVersion: '0.0.0',
      inputs: [{ file: 'x.csv', sha256: 'ab'.repeat(32) }],
      date: new Date(Date.UTC(2026, 0, 1)),
    });
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) {
      const text = await zip.file(name)?.async('string');
      if (text === undefined || !name.endsWith('.xml')) continue;
      // XML 1.0 allows no C0 control but tab/CR/LF, and no lone surrogate.
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text), name).toBe(false);
      expect(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text),
      ).toBe(false);
    }
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });
});

describe('O3: a report path that is an input', () => {
  it('exits 2 and leaves the input byte-identical', async () => {
    await writeFile(join(dir, 'same.csv'), 'Mã chỉ số,Giá trị\nHT.01,60\n');
    const before = await hashFiles(dir);
    const t = await runCli(['score', '--set', 'set.yaml', '-o', 'same.csv', 'same.csv'], {
      cwd: dir,
    });
    expect(t.exitCode).toBe(2);
    expectClean(t);
    expect((await hashFiles(dir)).get('same.csv')).toBe(before.get('same.csv'));
    expect(await tempFiles(dir)).toEqual([]);
  });
});

describe('O7: an internal error', () => {
  it('is exit 3 with one line and no stack (the stack only with --debug)', async () => {
    const { main } = await import('../../src/cli/main.js');
    let stderr = '';
    const ctx = {
      stdout: (): void => {
        throw new TypeError('simulated bug');
      },
      stdoutBytes: (): void => {
        throw new TypeError('simulated bug');
      },
      stderr: (text: string): void => void (stderr += text),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      cwd: dir,
      now: () => new Date(0),
      readStdin: () => Promise.resolve(new Uint8Array()),
      cacheDir: null,
    };
    expect(await main(['provinces'], ctx)).toBe(3);
    // In the --lang language, like every message (Vietnamese by default).
    expect(stderr).toBe(
      'smartcity: lỗi nội bộ: simulated bug (chạy lại với --debug để xem chi tiết)\n',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    stderr = '';
    expect(await main(['provinces', '--debug'], ctx)).toBe(3);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
