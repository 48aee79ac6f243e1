import JSZip from 'jszip';
import { columnNumber } from '../../src/core/table/cell-address.js';
import type { Workbook } from './workbook-readback.js';

/** One series of a chart part as written: its references and the values cached with them. */
interface ChartSeries {
  name: string;
  categories: string;
  values: string;
  cached: (number | null)[];
  cachedCategories: string[];
}

export interface ChartPart {
  path: string;
  title: string;
  kind: string;
  series: ChartSeries[];
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function points(xml: string, count: number): string[] {
  const out: string[] = Array.from({ length: count }, () => '');
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) {
    out[Number(m[1])] = unescape(m[2]!);
  }
  return out;
}

/** The charts of a workbook, read from its chart parts (in the order of their part names). */
export async function readCharts(bytes: Uint8Array): Promise<ChartPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const charts: ChartPart[] = [];
  for (const path of names) {
    const xml = await zip.file(path)!.async('string');
    const title = unescape(/<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? '');
    const kind = /<c:(barChart|radarChart|lineChart)>/.exec(xml)?.[1] ?? '';
    const series = [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map((m): ChartSeries => {
      const ser = m[1]!;
      const cat = /<c:cat>(.*?)<\/c:cat>/.exec(ser)?.[1] ?? '';
      const val = /<c:val>(.*?)<\/c:val>/.exec(ser)?.[1] ?? '';
      const count = (part: string): number => Number(/<c:ptCount val="(\d+)"/.exec(part)?.[1] ?? 0);
      return {
        name: unescape(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(ser)?.[1] ?? ''),
        categories: unescape(/<c:f>([^<]*)<\/c:f>/.exec(cat)?.[1] ?? ''),
        values: unescape(/<c:f>([^<]*)<\/c:f>/.exec(val)?.[1] ?? ''),
        cached: points(val, count(val)).map((v) => (v === '' ? null : Number(v))),
        cachedCategories: points(cat, count(cat)),
      };
    });
    charts.push({ path, title, kind, series });
  }
  return charts;
}

/** The values of the cells a reference such as 'Xếp hạng'!$G$2:$G$6 names, read back. */
export function referencedCells(workbook: Workbook, reference: string): unknown[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(reference);
  if (m === null) throw new Error(`not a block reference: ${reference}`);
  const sheet = workbook.getWorksheet(m[1]!.replace(/''/g, "'"));
  if (sheet === undefined) throw new Error(`no sheet in ${reference}`);
  const fromColumn = columnNumber(m[2]!);
  const toColumn = columnNumber(m[4] ?? m[2]!);
  const fromRow = Number(m[3]);
  const toRow = Number(m[5] ?? m[3]);
  const values: unknown[] = [];
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = fromColumn; c <= toColumn; c++) values.push(sheet.getRow(r).getCell(c).value);
  }
  return values;
}
