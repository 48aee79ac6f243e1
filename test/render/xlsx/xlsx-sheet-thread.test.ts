import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetSpec } from '../../../src/render/workbook/workbook-sheet.js';
import { sheetWorkerUrl } from '../../../src/render/xlsx/xlsx-sheet-thread.js';
import { THREAD_MIN_CELLS, xlsxWrite } from '../../../src/render/xlsx/xlsx-write.js';
import { ensureBuilt, ROOT } from '../../helpers/run-bin.js';

/**
 * Big sheets are written and deflated on a worker thread (xlsx-sheet-thread.ts). From the
 * TypeScript sources there is no built worker: these tests hand xlsxWrite tsc's build of it
 * (dist/render/xlsx), the same code as the sources; test/cli/xlsx-worker.test.ts runs the
 * bundle's through the CLI.
 */
const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
let built: URL;
beforeAll(() => {
  ensureBuilt();
  const path = join(ROOT, 'dist/render/xlsx/xlsx-sheet-worker.js');
  // A stale dist/ (built before the worker existed) would make every test below pass in-thread.
  expect(existsSync(path), 'run npm run build').toBe(true);
  built = pathToFileURL(path);
}, 120_000);

/** A data sheet of `rows` rows with texts, numbers and gaps, and a chart sheet reading it. */
function workbook(rows: number): SheetSpec[] {
  return [
    {
      name: 'Biểu đồ',
      columns: [{ header: '', width: 10 }],
      rows: [['Tiêu đề'], []],
      rules: [],
      header: false,
      charts: [
        {
          kind: 'bar',
          title: 'Điểm',
          categories: { sheet: 'Số liệu', row: 0, column: 0, rows: 5 },
          series: [{ name: 'A', values: { sheet: 'Số liệu', row: 0, column: 1, rows: 5 } }],
          valueFormat: '0.0',
          anchor: { row: 1, column: 0, rows: 10, columns: 6 },
        },
      ],
    },
    {
      name: 'Số liệu',
      columns: [{ header: 'Tên', wrap: true }, { header: 'A', numFmt: '0.00' }, { header: 'B' }],
      rows: Array.from({ length: rows }, (_, r) => [
        `Đơn vị <${r % 97}> & "x"`,
        r % 13 === 0 ? null : r / 7,
        r % 5 === 0 ? 'không' : -r * 1e-9,
      ]),
      rules: [{ kind: 'dataBar', column: 1 }],
    },
    {
      name: 'Chi tiết',
      columns: [{ header: 'Mã' }, { header: 'Giá trị' }],
      rows: Array.from({ length: rows }, (_, r) => [`M${r}`, r * 1.5]),
      rules: [],
    },
  ];
}

const dataUrl = (code: string): URL => new URL(`data:text/javascript,${encodeURIComponent(code)}`);

describe('xlsxWrite on a worker thread', () => {
  it('writes the same bytes as in-thread, charts reading a sheet sent to the worker included', async () => {
    const sheets = workbook(3000);
    const inThread = await xlsxWrite(sheets, { date, threadMinCells: Infinity });
    const onWorker = await xlsxWrite(sheets, { date, threadMinCells: 1, threadUrl: built });
    expect(Buffer.from(onWorker).equals(Buffer.from(inThread))).toBe(true);
    // And at another zlib level, where the sheets' deflated bytes differ.
    const level6 = await xlsxWrite(sheets, { date, level: 6, threadMinCells: Infinity });
    const level6Worker = await xlsxWrite(sheets, {
      date,
      level: 6,
      threadMinCells: 1,
      threadUrl: built,
    });
    expect(Buffer.from(level6Worker).equals(Buffer.from(level6))).toBe(true);
  });

  it('rejects the write when the worker fails to start, reports an error or dies', async () => {
    const sheets = workbook(50);
    const write = (code: string) =>
      xlsxWrite(sheets, { date, threadMinCells: 1, threadUrl: dataUrl(code) });
    await expect(write('throw new Error("no room for the sheet")')).rejects.toThrow(
      'no room for the sheet',
    );
    await expect(
      write(
        "import { parentPort } from 'node:worker_threads';" +
          "parentPort.on('message', (job) => parentPort.postMessage({ id: job.id, error: 'disk full' }));",
      ),
    ).rejects.toThrow('disk full');
    await expect(
      write(
        "import { parentPort } from 'node:worker_threads';" +
          "parentPort.on('message', () => process.exit(7));",
      ),
    ).rejects.toThrow('exit code 7');
  });

  it('keeps a workbook below the threshold in this thread: no worker is started', async () => {
    // A worker that would fail the write: the small workbook is written all the same.
    const failing = dataUrl('throw new Error("started")');
    const small = workbook(10);
    await expect(xlsxWrite(small, { date, threadUrl: failing })).resolves.toBeInstanceOf(
      Uint8Array,
    );
    expect(THREAD_MIN_CELLS).toBeGreaterThan(10 * 3);
    await expect(xlsxWrite(small, { date, threadMinCells: 1, threadUrl: failing })).rejects.toThrow(
      'started',
    );
  });

  it('finds no built worker when run from the TypeScript sources', () => {
    expect(sheetWorkerUrl()).toBeNull();
  });
});
