import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { SheetCell, SheetSpec } from '../../../src/render/workbook/workbook-sheet.js';
import { WORKER_MIN_CELLS, xlsxDirectWrite } from '../../../src/render/xlsx/xlsx-direct-writer.js';

/** The compiled worker: `npm test` builds first; a plain `vitest run` may not have it. */
const distWorker = resolve('dist/render/xlsx/xlsx-sheet-worker.js');
const haveDist = existsSync(distWorker);
const date = new Date(Date.UTC(2026, 4, 6, 7, 8, 9));

/** A workbook whose second sheet is big enough to go to the worker. */
function sheets(): SheetSpec[] {
  const columns = 10;
  const rows: SheetCell[][] = [];
  // At least 7 of the 10 cells of every row are written (the others are empty).
  for (let r = 0; rows.length * 7 < WORKER_MIN_CELLS + 500; r++) {
    rows.push([
      `Xã số ${r % 997}`,
      r,
      r / 7,
      { value: -r * 1e-9, numFmt: '0.00', bold: r % 5 === 0 },
      r % 3 === 0 ? null : `Mã ${r % 50}`,
      { value: `đạt ${r % 4}` },
      r * 1e21,
      '',
      Number.NaN,
      0.1 + 0.2,
    ]);
  }
  return [
    {
      name: 'Tổng hợp',
      columns: [{ header: 'Mục' }, { header: 'Giá trị' }],
      rows: [['Số đơn vị', rows.length]],
      rules: [],
      autoFilter: false,
    },
    {
      name: 'Khoảng cách',
      columns: Array.from({ length: columns }, (_, i) => ({ header: `Cột ${i + 1}` })),
      rows,
      rules: [{ kind: 'colorScale', fromColumn: 2, toColumn: 3 }],
      frozenColumns: 2,
    },
  ];
}

const tmp = mkdtempSync(join(tmpdir(), 'sheet-worker-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('streamed rows', () => {
  it('write the same workbook as the same rows listed', async () => {
    const listed = sheets();
    const streamed = listed.map((spec) => {
      const rows = spec.rows as SheetCell[][];
      return {
        ...spec,
        rows: {
          count: rows.length,
          each(visit: (cells: readonly SheetCell[]) => boolean | void) {
            for (const cells of rows) if (visit(cells) === false) return;
          },
        },
      };
    });
    const a = await xlsxDirectWrite(listed, { date, worker: null });
    const b = await xlsxDirectWrite(streamed, { date, worker: null });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });
});

describe('the sheet worker', () => {
  it.skipIf(!haveDist)(
    'gives the same bytes as writing every sheet on the main thread',
    async () => {
      const specs = sheets();
      const here = await xlsxDirectWrite(specs, { date, worker: null });
      const there = await xlsxDirectWrite(specs, { date, worker: pathToFileURL(distWorker) });
      expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
      const zip = await JSZip.loadAsync(there);
      const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
      expect(xml).toContain('<c r="C3"><v>0.14285714285714285</v></c>');
      expect(xml.endsWith('</worksheet>')).toBe(true);
    },
  );

  it('is given the biggest sheet once it reaches WORKER_MIN_CELLS, and only then', async () => {
    // A stand-in worker that answers every sheet with an empty part: its answer shows in the zip.
    const stub = join(tmp, 'empty-sheet-worker.mjs');
    writeFileSync(
      stub,
      'import { parentPort } from "node:worker_threads";\n' +
        'import { deflateRawSync, crc32 } from "node:zlib";\n' +
        'parentPort.once("message", () => { const data = deflateRawSync(Buffer.alloc(0));\n' +
        '  parentPort.postMessage({ ok: true, entry: { crc: crc32(Buffer.alloc(0)), size: 0,\n' +
        '    data: [data], compressedSize: data.length } }); });\n',
    );
    const specs = sheets();
    const zip = await JSZip.loadAsync(
      await xlsxDirectWrite(specs, { date, worker: pathToFileURL(stub) }),
    );
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<worksheet');
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toBe('');

    const small = specs.map((spec) => ({
      ...spec,
      rows: (spec.rows as SheetCell[][]).slice(0, 100),
    }));
    const smallZip = await JSZip.loadAsync(
      await xlsxDirectWrite(small, { date, worker: pathToFileURL(stub) }),
    );
    expect(await smallZip.file('xl/worksheets/sheet2.xml')!.async('string')).toContain('<row');
  });

  it('falls back to the main thread when the worker dies, with the same bytes', async () => {
    const crashing = join(tmp, 'crashing-worker.mjs');
    writeFileSync(crashing, 'throw new Error("boom");\n');
    const silent = join(tmp, 'exiting-worker.mjs');
    writeFileSync(silent, 'process.exit(0);\n');
    const refusing = join(tmp, 'refusing-worker.mjs');
    writeFileSync(
      refusing,
      'import { parentPort } from "node:worker_threads";\n' +
        'parentPort.once("message", () => parentPort.postMessage({ ok: false, message: "no" }));\n',
    );
    const specs = sheets();
    const here = Buffer.from(await xlsxDirectWrite(specs, { date, worker: null }));
    for (const file of [crashing, silent, refusing]) {
      const bytes = await xlsxDirectWrite(specs, { date, worker: pathToFileURL(file) });
      expect(Buffer.from(bytes).equals(here), file).toBe(true);
    }
    const missing = pathToFileURL(join(tmp, 'no-such-worker.mjs'));
    expect(Buffer.from(await xlsxDirectWrite(specs, { date, worker: missing })).equals(here)).toBe(
      true,
    );
  });
});
