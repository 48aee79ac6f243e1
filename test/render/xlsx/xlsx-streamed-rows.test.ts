import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type {
  RowWriter,
  SheetCell,
  SheetSpec,
} from '../../../src/render/workbook/workbook-sheet.js';
import { xlsxWrite as xlsxWritePieces } from '../../../src/render/xlsx/xlsx-write.js';
import { joinedBytes } from '../../helpers/joined-bytes.js';

const xlsxWrite = joinedBytes(xlsxWritePieces);

const date = new Date(Date.UTC(2026, 4, 6, 7, 8, 9));

/** A workbook whose second sheet spans several of the writer's 1 MiB blocks. */
function sheets(): SheetSpec[] {
  const columns = 10;
  const rows: SheetCell[][] = [];
  // At least 7 of the 10 cells of every row are written (the others are empty).
  for (let r = 0; r < 30_000; r++) {
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

describe('streamed rows', () => {
  it('write the same workbook as the same rows listed', async () => {
    const listed = sheets();
    const streamed = listed.map((spec) => {
      const rows = spec.rows as SheetCell[][];
      return {
        ...spec,
        rows: {
          count: rows.length,
          *write(to: RowWriter) {
            for (const cells of rows) {
              // Plain numbers and texts through their own calls, the rest as cells.
              for (const cell of cells) {
                if (typeof cell === 'number') to.number(cell);
                else if (typeof cell === 'string') to.text(cell);
                else to.cell(cell);
              }
              if (!to.end()) return;
              // Pauses now and then, as the batch sheets do after each entity.
              if (cells.length % 3 === 0) yield;
            }
          },
        },
      };
    });
    const a = await xlsxWrite(listed, { date });
    const b = await xlsxWrite(streamed, { date });
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(xml).toContain('<c r="C3"><v>0.14285714285714285</v></c>');
    expect(xml).toContain('<row r="30001">');
    expect(xml.endsWith('</worksheet>')).toBe(true);
  });

  it('keep to the rows announced: extra rows are left out, missing ones stay empty', async () => {
    const stream = (count: number, written: number): SheetSpec => ({
      name: 'Hàng',
      columns: [{ header: 'Số' }, { header: 'Chữ' }],
      rows: {
        count,
        *write(to) {
          for (let r = 0; r < written; r++) {
            to.number(r);
            to.text(`hàng ${r}`);
            // A producer that ignores `false` from end() still cannot add rows.
            to.end();
            yield;
          }
        },
      },
      rules: [],
    });
    const zip = await JSZip.loadAsync(await xlsxWrite([stream(3, 5)], { date }));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<row r="4">');
    expect(xml).not.toContain('<row r="5">');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('hàng 2');
    expect(strings).not.toContain('hàng 3');

    const short = await JSZip.loadAsync(await xlsxWrite([stream(4, 2)], { date }));
    const shortXml = await short.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(shortXml).toContain('<dimension ref="A1:B5"/>');
    expect(shortXml).toContain('<c r="B3" t="s"><v>1</v></c>');
  });
});
