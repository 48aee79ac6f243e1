import type { Lang } from '../../core/findings/finding.js';
import { provincesOfEra } from '../../core/province/province-registry.js';
import type { ResolvedIndicator, ResolvedSet } from '../../core/set/resolved-set.js';
import { xlsxWrite } from '../xlsx/xlsx-write.js';
import { templateLabels, type TemplateLabels } from './template-labels.js';
import { workbookLabels } from './workbook-labels.js';
import type {
  CellBlock,
  SheetCell,
  SheetSpec,
  StyledCell,
  ValidationSpec,
} from './workbook-sheet.js';

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
/** Excel's limits on data-validation texts. */
const PROMPT_MAX = 255;
const TITLE_MAX = 32;

/** 0-based columns of the data sheet, in the order of spec §4.4. */
const COL = {
  code: 0,
  domain: 1,
  group: 2,
  name: 3,
  unit: 4,
  type: 5,
  target: 6,
  value: 7,
  numerator: 8,
  denominator: 9,
  evidence: 10,
  note: 11,
} as const;
const DATA_WIDTHS = [14, 20, 24, 50, 10, 26, 14, 14, 12, 12, 36, 30];

/**
 * The data-entry workbook of spec §4.4: instructions, an info sheet with the province and year
 * cells, and a long data sheet whose headers are the readers' own spellings. Only input cells
 * are unlocked; every cell the reader consumes holds a plain value, never a formula, and value
 * cells never carry a percent format (a filled 85 must stay 85, not 0.85). Written by the same
 * SpreadsheetML writer as the reports.
 */
export async function templateWorkbook(
  set: ResolvedSet,
  options: TemplateOptions,
): Promise<Uint8Array[]> {
  const t = templateLabels(options.lang);
  // Lists longer than Excel's 255-character inline limit (provinces, level labels) live in a
  // hidden sheet, one list per column.
  const lists: string[][] = [];
  const listRef: ListRef = (values) => {
    lists.push([...values]);
    return {
      sheet: t.sheets.lists,
      row: 0,
      column: lists.length - 1,
      rows: Math.max(1, values.length),
    };
  };
  const info = infoSheet(set, options, t, listRef);
  const data = dataSheet(set, options.lang, t, listRef);
  const longest = lists.reduce((most, list) => Math.max(most, list.length), 0);
  const listRows: SheetCell[][] = Array.from({ length: longest }, (_, r) =>
    lists.map((list) => list[r] ?? null),
  );
  const listSheet: SheetSpec = {
    name: t.sheets.lists,
    columns: lists.map(() => ({ header: '', width: 30 })),
    rows: listRows,
    rules: [],
    header: false,
    autoFilter: false,
    hidden: true,
  };
  return xlsxWrite([instructionsSheet(set, options.lang, t), info, data, listSheet], {
    date: options.date,
    page: { title: t.title, pageWord: workbookLabels(options.lang).cover.page },
  });
}

type ListRef = (values: readonly string[]) => CellBlock;

function input(value: string | number | null, extra: Partial<StyledCell> = {}): StyledCell {
  return { value, fill: INPUT_FILL, border: 'box', locked: false, ...extra };
}

function instructionsSheet(set: ResolvedSet, lang: Lang, t: TemplateLabels): SheetSpec {
  const rows: SheetCell[][] = [];
  const merges: CellBlock[] = [];
  merges.push({ row: 0, column: 0, columns: 2 });
  rows.push([{ value: t.title, bold: true, size: 14, wrap: true }]);
  rows.push([]);
  for (const line of t.instructions(`${set.title[lang]} (${set.id} ${set.version})`)) {
    merges.push({ row: rows.length, column: 0, columns: 2 });
    rows.push([{ value: line, wrap: true }]);
  }
  rows.push([]);
  const [typeHeader, howHeader] = t.typeTableHeaders;
  const head = (text: string): StyledCell => ({
    value: text,
    bold: true,
    fill: HEADER_FILL,
    border: 'bottom',
  });
  rows.push([head(typeHeader), head(howHeader)]);
  const typeNames = workbookLabels(lang).typeNames;
  for (const type of ['percent', 'number', 'count', 'boolean', 'level'] as const) {
    rows.push([typeNames[type], { value: t.typeHelp[type], wrap: true }]);
  }
  return {
    name: t.sheets.instructions,
    columns: [
      { header: '', width: 18 },
      { header: '', width: 62 },
    ],
    rows,
    rules: [],
    header: false,
    autoFilter: false,
    merges,
    orientation: 'portrait',
  };
}

function infoSheet(
  set: ResolvedSet,
  options: TemplateOptions,
  t: TemplateLabels,
  listRef: ListRef,
): SheetSpec {
  const era = options.year !== null && options.year < 2025 ? 'pre-2025' : '2025';
  const names = provincesOfEra(era).map((unit) => unit.name);
  const label = (text: string): StyledCell => ({ value: text, bold: true });
  return {
    name: t.sheets.info,
    columns: [
      { header: '', width: 20 },
      { header: '', width: 36 },
    ],
    rows: [
      [label(t.provinceLabel), input(options.province?.name ?? null)],
      [label(t.yearLabel), input(options.year, { numFmt: '0' })],
      [label(t.setLabel), `${set.id} ${set.version}`],
    ],
    rules: [],
    header: false,
    autoFilter: false,
    validations: [
      {
        cells: { row: 0, column: 1 },
        rule: { kind: 'list', source: listRef(names) },
        ...messages(t, t.sheets.info, t.prompts.province),
      },
      {
        cells: { row: 1, column: 1 },
        rule: { kind: 'whole', operator: 'between', bounds: [2000, 2100] },
        ...messages(t, t.sheets.info, t.prompts.year),
      },
    ],
    protect: true,
    orientation: 'portrait',
  };
}

function dataSheet(set: ResolvedSet, lang: Lang, t: TemplateLabels, listRef: ListRef): SheetSpec {
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
  const wl = workbookLabels(lang);
  const groups = new Map(set.groups.map((group) => [group.code, group.name[lang]]));
  const rows: SheetCell[][] = [];
  const validations: ValidationSpec[] = [];
  set.indicators.forEach((indicator, row) => {
    const typeName =
      indicator.scoring.method === 'info'
        ? `${wl.typeNames[indicator.type]} (${t.infoSuffix})`
        : wl.typeNames[indicator.type];
    const ratio = indicator.ratio;
    rows.push([
      indicator.code,
      groups.get(indicator.path[0] ?? '') ?? null,
      groups.get(indicator.path.at(-1) ?? '') ?? null,
      indicator.name[lang],
      indicator.unit,
      typeName,
      targetCell(indicator, wl.none),
      // General for whole numbers, two decimals otherwise — never a percent format.
      input(null, { numFmt: indicator.type === 'count' ? '0' : 'General' }),
      ratio ? input(null, { numFmt: 'General' }) : null,
      ratio ? input(null, { numFmt: 'General' }) : null,
      input(null, { wrap: true }),
      input(null, { wrap: true }),
    ]);
    validations.push({
      cells: { row, column: COL.value },
      ...valueValidation(indicator, t, listRef, lang),
    });
    if (ratio) {
      validations.push({
        cells: { row, column: COL.numerator },
        rule: { kind: 'decimal', operator: 'greaterThanOrEqual', bounds: [0] },
        ...messages(t, indicator.code, t.prompts.numerator),
      });
      validations.push({
        cells: { row, column: COL.denominator },
        rule: { kind: 'decimal', operator: 'greaterThan', bounds: [0] },
        ...messages(t, indicator.code, t.prompts.denominator),
      });
    }
  });
  return {
    name: t.sheets.data,
    columns: headers.map((header, i) => ({
      header,
      width: DATA_WIDTHS[i]!,
      ...(i === COL.code ? { text: true } : {}),
      ...(i === COL.name ? { wrap: true } : {}),
    })),
    rows,
    rules: [],
    frozenColumns: 1,
    validations,
    protect: true,
    orientation: 'landscape',
  };
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
  listRef: ListRef,
  lang: Lang,
): Omit<ValidationSpec, 'cells'> {
  const [min, max] = indicator.range;
  const rangeText = t.range(min, max);
  switch (indicator.type) {
    case 'boolean':
      return {
        rule: { kind: 'list', values: [t.yes, t.no] },
        ...messages(t, indicator.code, t.prompts.boolean),
      };
    case 'level': {
      const levels = indicator.scoring.method === 'levels' ? indicator.scoring.levels : [];
      if (levels.length > 0) {
        return {
          rule: { kind: 'list', source: listRef(levels.map((level) => level.label[lang])) },
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
  kind: 'whole' | 'decimal',
  min: number | null,
  max: number | null,
  t: TemplateLabels,
  code: string,
  prompt: string,
): Omit<ValidationSpec, 'cells'> {
  const text = messages(t, code, prompt);
  if (min !== null && max !== null) {
    return { rule: { kind, operator: 'between', bounds: [min, max] }, ...text };
  }
  if (min !== null)
    return { rule: { kind, operator: 'greaterThanOrEqual', bounds: [min] }, ...text };
  if (max !== null) return { rule: { kind, operator: 'lessThanOrEqual', bounds: [max] }, ...text };
  // Unbounded: still a number check, so text such as "85%" or "N/A" is caught on entry.
  return { rule: { kind, operator: 'between', bounds: [-1e300, 1e300] }, ...text };
}

function messages(
  t: TemplateLabels,
  title: string,
  prompt: string,
): Pick<ValidationSpec, 'prompt' | 'error'> {
  return {
    prompt: { title: title.slice(0, TITLE_MAX), text: prompt.slice(0, PROMPT_MAX) },
    error: {
      title: t.prompts.errorTitle.slice(0, TITLE_MAX),
      text: t.prompts.error.slice(0, PROMPT_MAX),
    },
  };
}
