import type { DataValidation, Worksheet } from 'exceljs';
import type { Lang } from '../../core/findings/finding.js';
import { provincesOfEra } from '../../core/province/province-registry.js';
import type { ResolvedIndicator, ResolvedSet } from '../../core/set/resolved-set.js';
import { templateLabels, type TemplateLabels } from './template-labels.js';
import { workbookLabels } from './workbook-labels.js';
import { workbookLibrary } from './exceljs-loader.js';
import { workbookText } from './workbook-text.js';

export interface TemplateOptions {
  lang: Lang;
  /** Pre-filled province (already resolved), or null for a drop-down list. */
  province: { code: string; name: string } | null;
  /** Pre-filled year, or null for an empty cell with a whole-number check. */
  year: number | null;
  /** created/modified. */
  date: Date;
}

const INPUT_FILL = 'FFFFF2CC';
const HEADER_FILL = 'FFD9E1F2';
const FONT = { name: 'Calibri', size: 11 } as const;
/** Excel's limits on data-validation texts. */
const PROMPT_MAX = 255;
const TITLE_MAX = 32;

/** 1-based columns of the data sheet, in the order of spec §4.4. */
const COL = {
  code: 1,
  domain: 2,
  group: 3,
  name: 4,
  unit: 5,
  type: 6,
  target: 7,
  value: 8,
  numerator: 9,
  denominator: 10,
  evidence: 11,
  note: 12,
} as const;

/**
 * The data-entry workbook of spec §4.4: instructions, an info sheet with the province and year
 * cells, and a long data sheet whose headers are the readers' own spellings. Only input cells
 * are unlocked; every cell the reader consumes holds a plain value, never a formula, and value
 * cells never carry a percent format (a filled 85 must stay 85, not 0.85).
 */
export async function templateWorkbook(
  set: ResolvedSet,
  options: TemplateOptions,
): Promise<Uint8Array> {
  const ExcelJS = await workbookLibrary();
  const t = templateLabels(options.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'smartcity';
  workbook.lastModifiedBy = 'smartcity';
  workbook.created = options.date;
  workbook.modified = options.date;

  const portrait = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  } as const;
  const instructions = workbook.addWorksheet(t.sheets.instructions, { pageSetup: portrait });
  const info = workbook.addWorksheet(t.sheets.info, { pageSetup: portrait });
  const data = workbook.addWorksheet(t.sheets.data, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  // Lists longer than Excel's 255-character inline limit (provinces, level labels) live here.
  const lists = workbook.addWorksheet(t.sheets.lists, { state: 'hidden' });
  const listRef = listWriter(lists, t.sheets.lists);

  writeInstructions(instructions, set, options.lang, t);
  await writeInfo(info, set, options, t, listRef);
  await writeData(data, set, options.lang, t, listRef);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

type ListRef = (values: readonly string[]) => string;

/** Writes each list into its own column of the hidden sheet; returns an absolute reference. */
function listWriter(sheet: Worksheet, name: string): ListRef {
  let column = 0;
  const quoted = `'${name.replace(/'/g, "''")}'`;
  return (values) => {
    column += 1;
    values.forEach((value, i) => {
      sheet.getCell(i + 1, column).value = workbookText(value);
    });
    const letter = sheet.getColumn(column).letter;
    return `${quoted}!$${letter}$1:$${letter}$${Math.max(1, values.length)}`;
  };
}

function writeInstructions(
  sheet: Worksheet,
  set: ResolvedSet,
  lang: Lang,
  t: TemplateLabels,
): void {
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 90;
  // Excel does not grow merged or wrapped rows by itself: give long lines room for their wraps.
  const fit = (row: number, text: string, chars: number): void => {
    const lines = Math.ceil(text.length / chars);
    if (lines > 1) sheet.getRow(row).height = 15 * lines;
  };
  const title = sheet.getCell('A1');
  title.value = t.title;
  title.font = { ...FONT, size: 14, bold: true };
  let row = 3;
  for (const line of t.instructions(`${set.title[lang]} (${set.id} ${set.version})`)) {
    const cell = sheet.getCell(row, 1);
    cell.value = workbookText(line);
    sheet.mergeCells(row, 1, row, 2);
    cell.alignment = { wrapText: true, vertical: 'top' };
    fit(row, line, 105);
    row += 1;
  }
  row += 1;
  const [typeHeader, howHeader] = t.typeTableHeaders;
  sheet.getCell(row, 1).value = typeHeader;
  sheet.getCell(row, 2).value = howHeader;
  for (const col of [1, 2]) {
    const cell = sheet.getCell(row, col);
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  }
  const typeNames = workbookLabels(lang).typeNames;
  for (const type of ['percent', 'number', 'count', 'boolean', 'level'] as const) {
    row += 1;
    const name = sheet.getCell(row, 1);
    name.value = typeNames[type];
    name.alignment = { vertical: 'top' };
    const help = sheet.getCell(row, 2);
    help.value = t.typeHelp[type];
    help.alignment = { wrapText: true, vertical: 'top' };
    fit(row, t.typeHelp[type], 85);
  }
}

async function writeInfo(
  sheet: Worksheet,
  set: ResolvedSet,
  options: TemplateOptions,
  t: TemplateLabels,
  listRef: ListRef,
): Promise<void> {
  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 36;
  const label = (row: number, text: string): void => {
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
  };
  label(1, t.provinceLabel);
  label(2, t.yearLabel);
  label(3, t.setLabel);

  const era = options.year !== null && options.year < 2025 ? 'pre-2025' : '2025';
  const names = provincesOfEra(era).map((unit) => unit.name);
  const province = sheet.getCell('B1');
  if (options.province !== null) province.value = options.province.name;
  styleInput(province);
  province.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [listRef(names)],
    ...messages(t, t.sheets.info, t.prompts.province),
  };

  const year = sheet.getCell('B2');
  if (options.year !== null) year.value = options.year;
  styleInput(year);
  year.numFmt = '0';
  year.dataValidation = {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [2000, 2100],
    ...messages(t, t.sheets.info, t.prompts.year),
  };

  sheet.getCell('B3').value = `${set.id} ${set.version}`;
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

async function writeData(
  sheet: Worksheet,
  set: ResolvedSet,
  lang: Lang,
  t: TemplateLabels,
  listRef: ListRef,
): Promise<void> {
  const h = t.headers;
  const headers = [
    h.code,
    h.domain,
    h.group,
    h.name,
    h.unit,
    h.type,
    h.target,
    h.value,
    h.numerator,
    h.denominator,
    h.evidence,
    h.note,
  ];
  const header = sheet.addRow(headers);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });

  const wl = workbookLabels(lang);
  const groups = new Map(set.groups.map((group) => [group.code, group.name[lang]]));
  const booleanList = `"${t.yes},${t.no}"`;
  for (const indicator of set.indicators) {
    const typeName =
      indicator.scoring.method === 'info'
        ? `${wl.typeNames[indicator.type]} (${t.infoSuffix})`
        : wl.typeNames[indicator.type];
    const row = sheet.addRow([
      indicator.code,
      groups.get(indicator.path[0] ?? '') ?? null,
      groups.get(indicator.path.at(-1) ?? '') ?? null,
      workbookText(indicator.name[lang]),
      indicator.unit,
      typeName,
      targetCell(indicator, wl.none),
      null,
      null,
      null,
      null,
      null,
    ]);
    row.getCell(COL.code).numFmt = '@';
    row.getCell(COL.name).alignment = { wrapText: true, vertical: 'top' };

    const inputs = [COL.value, COL.evidence, COL.note] as number[];
    if (indicator.ratio) inputs.push(COL.numerator, COL.denominator);
    for (const col of inputs) styleInput(row.getCell(col));
    row.getCell(COL.evidence).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(COL.note).alignment = { wrapText: true, vertical: 'top' };

    const value = row.getCell(COL.value);
    // General for whole numbers, two decimals otherwise — never a percent format.
    value.numFmt = indicator.type === 'count' ? '0' : 'General';
    value.dataValidation = valueValidation(indicator, t, booleanList, listRef, lang);
    if (indicator.ratio) {
      for (const [col, prompt, operator, bound] of [
        [COL.numerator, t.prompts.numerator, 'greaterThanOrEqual', 0],
        [COL.denominator, t.prompts.denominator, 'greaterThan', 0],
      ] as const) {
        const cell = row.getCell(col);
        cell.numFmt = 'General';
        cell.dataValidation = {
          type: 'decimal',
          operator,
          allowBlank: true,
          formulae: [bound],
          ...messages(t, indicator.code, prompt),
        };
      }
    }
  }

  const widths = [14, 20, 24, 50, 10, 26, 14, 14, 12, 12, 36, 30];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.autoFilter = { from: 'A1', to: `L${set.indicators.length + 1}` };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
  });
}

function styleInput(cell: import('exceljs').Cell): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  cell.border = {
    top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
    bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
    left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
    right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  };
  cell.protection = { locked: false };
}

function targetCell(indicator: ResolvedIndicator, none: string): string | number {
  const scoring = indicator.scoring;
  if (scoring.method === 'target') return scoring.target;
  if (scoring.method === 'steps') {
    return scoring.steps
      .map((step) => ('min' in step ? `≥ ${step.min}` : `≤ ${step.max}`))
      .join('; ');
  }
  return none;
}

function valueValidation(
  indicator: ResolvedIndicator,
  t: TemplateLabels,
  booleanList: string,
  listRef: ListRef,
  lang: Lang,
): DataValidation {
  const [min, max] = indicator.range;
  const rangeText = t.range(min, max);
  switch (indicator.type) {
    case 'boolean':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [booleanList],
        ...messages(t, indicator.code, t.prompts.boolean),
      };
    case 'level': {
      const levels = indicator.scoring.method === 'levels' ? indicator.scoring.levels : [];
      if (levels.length > 0) {
        return {
          type: 'list',
          allowBlank: true,
          formulae: [listRef(levels.map((level) => level.label[lang]))],
          ...messages(t, indicator.code, t.prompts.level),
        };
      }
      return numberValidation('whole', 1, null, t, indicator.code, t.prompts.count(rangeText));
    }
    case 'count':
      return numberValidation(
        'whole',
        Math.max(0, min ?? 0),
        max,
        t,
        indicator.code,
        t.prompts.count(t.range(Math.max(0, min ?? 0), max)),
      );
    case 'percent':
      return numberValidation('decimal', min, max, t, indicator.code, t.prompts.percent(rangeText));
    case 'number':
      return numberValidation('decimal', min, max, t, indicator.code, t.prompts.number(rangeText));
  }
}

function numberValidation(
  type: 'whole' | 'decimal',
  min: number | null,
  max: number | null,
  t: TemplateLabels,
  code: string,
  prompt: string,
): DataValidation {
  const base = { type, allowBlank: true, ...messages(t, code, prompt) };
  if (min !== null && max !== null) return { ...base, operator: 'between', formulae: [min, max] };
  if (min !== null) return { ...base, operator: 'greaterThanOrEqual', formulae: [min] };
  if (max !== null) return { ...base, operator: 'lessThanOrEqual', formulae: [max] };
  // Unbounded: still a number check, so text such as "85%" or "N/A" is caught on entry.
  return { ...base, operator: 'between', formulae: [-1e300, 1e300] };
}

function messages(
  t: TemplateLabels,
  title: string,
  prompt: string,
): Pick<
  DataValidation,
  | 'showInputMessage'
  | 'promptTitle'
  | 'prompt'
  | 'showErrorMessage'
  | 'errorStyle'
  | 'errorTitle'
  | 'error'
> {
  return {
    showInputMessage: true,
    promptTitle: title.slice(0, TITLE_MAX),
    prompt: prompt.slice(0, PROMPT_MAX),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t.prompts.errorTitle.slice(0, TITLE_MAX),
    error: t.prompts.error.slice(0, PROMPT_MAX),
  };
}
