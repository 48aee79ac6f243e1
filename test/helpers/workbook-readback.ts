import ExcelJSModule from 'exceljs';

/** Reading produced workbooks back in tests: the file as a person (or another tool) opens it. */
export const ExcelJS = ExcelJSModule as unknown as typeof import('exceljs');
export type Workbook = import('exceljs').Workbook;
export type Worksheet = import('exceljs').Worksheet;

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export function sheetNamed(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** Column number of a header text in row 1. */
export function headerColumn(ws: Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found === 0) throw new Error(`no column ${header} in ${ws.name}`);
  return found;
}
