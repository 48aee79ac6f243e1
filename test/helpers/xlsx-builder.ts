import ExcelJS from 'exceljs';

/**
 * Builds .xlsx bytes with ExcelJS from a readable "twin": sheets, cells by address (an ExcelJS
 * cell value, optionally with a number format), merges and sheet state. Tests keep the twin next
 * to the expected RawSource cells, so a fixture is always readable in the test itself.
 */
interface TwinCell {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

interface TwinSheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  cells: Record<string, ExcelJS.CellValue | TwinCell>;
  merges?: string[];
}

export interface TwinWorkbook {
  sheets: TwinSheet[];
  date1904?: boolean;
}

function isTwinCell(v: ExcelJS.CellValue | TwinCell): v is TwinCell {
  return (
    v !== null &&
    typeof v === 'object' &&
    !(v instanceof Date) &&
    'value' in v &&
    Object.keys(v).every((k) => k === 'value' || k === 'numFmt')
  );
}

export async function buildXlsx(twin: TwinWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (twin.date1904 === true) workbook.properties.date1904 = true;
  for (const spec of twin.sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    for (const [address, raw] of Object.entries(spec.cells)) {
      const cell = sheet.getCell(address);
      if (isTwinCell(raw)) {
        cell.value = raw.value;
        if (raw.numFmt !== undefined) cell.numFmt = raw.numFmt;
      } else {
        cell.value = raw;
      }
    }
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
