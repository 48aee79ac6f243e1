import { columnLetter } from '../../src/core/table/cell-address.js';
import { deflateGenerated } from './corpus-zip.js';
import { ooxmlParts } from './corpus-ooxml.js';
import { writeZip, type ZipEntrySpec } from './zip-writer.js';

/**
 * A large wide table as Excel stores it — entity labels as shared strings, values as typed
 * numbers — written straight to SpreadsheetML and deflated piece by piece (no spreadsheet
 * library, a few seconds for 100,000 rows). The values are deterministic: row r, indicator j
 * holds `tableValue(r, j)`.
 */
export interface TableShape {
  rows: number;
  /** Indicator codes, one column each after the label column. */
  codes: readonly string[];
  labelHeader: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const VALUES = Array.from({ length: 1000 }, (_, i) => String(i / 10));

export function tableValue(row: number, indicator: number): number {
  return Number(VALUES[(row * 31 + indicator * 17) % 1000]);
}

export function tableLabel(row: number): string {
  return `Xã số ${row}`;
}

function* sheetXml(shape: TableShape): Generator<string> {
  const letters = Array.from({ length: shape.codes.length + 1 }, (_, i) => columnLetter(i + 1));
  yield `${XML}<worksheet xmlns="${NS}"><sheetData><row r="1">`;
  // Shared strings 0 … codes.length are the header, then one label per row.
  yield letters.map((l, i) => `<c r="${l}1" t="s"><v>${i}</v></c>`).join('') + '</row>';
  const first = shape.codes.length + 1;
  for (let r = 1; r <= shape.rows; r++) {
    const n = r + 1;
    const cells = [`<row r="${n}"><c r="A${n}" t="s"><v>${first + r - 1}</v></c>`];
    for (let j = 0; j < shape.codes.length; j++) {
      cells.push(`<c r="${letters[j + 1]}${n}"><v>${VALUES[(r * 31 + j * 17) % 1000]}</v></c>`);
    }
    cells.push('</row>');
    yield cells.join('');
  }
  yield '</sheetData></worksheet>';
}

function* sharedStringsXml(shape: TableShape): Generator<string> {
  const count = shape.codes.length + 1 + shape.rows;
  yield `${XML}<sst xmlns="${NS}" count="${count}" uniqueCount="${count}">`;
  yield `<si><t>${shape.labelHeader}</t></si>`;
  for (const code of shape.codes) yield `<si><t>${code}</t></si>`;
  for (let r = 1; r <= shape.rows; r++) yield `<si><t>${tableLabel(r)}</t></si>`;
  yield '</sst>';
}

export async function tableXlsx(shape: TableShape): Promise<Buffer> {
  const parts = ooxmlParts({ sheetName: 'Số liệu' });
  parts.delete('xl/worksheets/sheet1.xml');
  parts.delete('xl/sharedStrings.xml');
  const specs: ZipEntrySpec[] = [...parts].map(([name, data]) => ({ name, data }));
  specs.push({
    name: 'xl/sharedStrings.xml',
    compressed: await deflateGenerated(sharedStringsXml(shape), 1),
  });
  specs.push({
    name: 'xl/worksheets/sheet1.xml',
    compressed: await deflateGenerated(sheetXml(shape), 1),
  });
  return writeZip(specs);
}

/** A set of 50 percent indicators D1.G1.01 … D5.G2.05 (the bench's), as YAML. */
export function fiftyIndicatorSet(): { yaml: string; codes: string[] } {
  const codes: string[] = [];
  const lines = [
    'id: fifty',
    'version: "1.0"',
    'title: { vi: "Năm mươi chỉ số", en: "Fifty indicators" }',
    'missing: zero',
    'total: 1000',
    'groups:',
  ];
  for (let d = 1; d <= 5; d++) {
    lines.push(
      `  - code: D${d}`,
      `    name: { vi: "Lĩnh vực ${d}", en: "Domain ${d}" }`,
      '    points: 200',
      '    groups:',
    );
    for (let g = 1; g <= 2; g++) {
      lines.push(
        `      - code: D${d}.G${g}`,
        `        name: { vi: "Nhóm ${d}.${g}", en: "Group ${d}.${g}" }`,
        '        points: 100',
        '        indicators:',
      );
      for (let i = 1; i <= 5; i++) {
        const code = `D${d}.G${g}.${String(i).padStart(2, '0')}`;
        codes.push(code);
        lines.push(
          `          - code: ${code}`,
          `            name: { vi: "Chỉ số ${code}", en: "Indicator ${code}" }`,
          '            type: percent',
          '            unit: "%"',
          `            scoring: { method: target, target: ${60 + i * 5} }`,
        );
      }
    }
  }
  return { yaml: lines.join('\n') + '\n', codes };
}
