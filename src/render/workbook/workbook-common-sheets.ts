import type { Finding, Lang } from '../../core/findings/finding.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { findingMessage, findingPlace } from '../../core/findings/format-finding.js';
import type { WorkbookContext } from './workbook-context.js';
import type { WorkbookLabels } from './workbook-labels.js';
import {
  NUMBER_FORMATS,
  type SheetCell,
  type SheetColumn,
  type SheetRule,
  type SheetSpec,
} from './workbook-sheet.js';

export interface MethodFacts {
  toolVersion: string;
  inputs: readonly { file: string; sha256: string }[];
  date: Date;
  /** Explain ranks even for one entity: a per-unit report shows its national rank. */
  ranked?: boolean;
}

/** The data-checks and method sheets, the same for one entity or many. */
export function workbookCommonSheets(ctx: WorkbookContext, facts: MethodFacts): SheetSpec[] {
  return [checks(ctx), method(ctx, facts)];
}

function checks(ctx: WorkbookContext): SheetSpec {
  return checksSheet(ctx.labels, ctx.lang, ctx.report.findings, { detail: true });
}

/** A column of the checks sheet: its header and each finding's cell in it. */
interface FindingColumn {
  column: SheetColumn;
  cell: (finding: Finding) => SheetCell;
  /** Where in the input, in parts: only on a report's sheet, where findings point into files. */
  detail?: true;
}

function findingColumns(l: WorkbookLabels, lang: Lang): FindingColumn[] {
  return [
    { column: { header: l.severity }, cell: (f) => l.severityNames[f.severity] },
    { column: { header: l.code, maxWidth: 32 }, cell: (f) => f.code },
    { column: { header: l.place, maxWidth: 40 }, cell: (f) => findingPlace(f) },
    {
      column: { header: l.message, wrap: true, maxWidth: 70 },
      cell: (f) => findingMessage(f, lang),
    },
    { column: { header: l.file, maxWidth: 30 }, cell: (f) => f.file },
    { column: { header: l.sheet, maxWidth: 20 }, cell: (f) => f.sheet, detail: true },
    { column: { header: l.cell }, cell: (f) => f.cell, detail: true },
    {
      column: { header: l.line, numFmt: NUMBER_FORMATS.integer },
      cell: (f) => f.line,
      detail: true,
    },
    { column: { header: l.indicator, text: true }, cell: (f) => f.indicator, detail: true },
    { column: { header: l.provinceCode, text: true }, cell: (f) => f.province },
    { column: { header: l.inputValue, maxWidth: 30 }, cell: (f) => f.value, detail: true },
  ];
}

/** The data-checks sheet of every workbook: one row per finding, severities coloured. */
export function checksSheet(
  l: WorkbookLabels,
  lang: Lang,
  findings: readonly Finding[],
  { detail }: { detail: boolean },
): SheetSpec {
  const shown = findingColumns(l, lang).filter((column) => detail || column.detail !== true);
  return {
    name: l.sheets.checks,
    columns: shown.map(({ column }) => column),
    rows: findings.map((finding) => shown.map(({ cell }) => cell(finding))),
    rules: [severityRule(l, 0)],
  };
}

function method(ctx: WorkbookContext, facts: MethodFacts): SheetSpec {
  const { labels: l, set, lang, report } = ctx;
  const rows: SheetCell[][] = [
    ...setRows(l, set, lang),
    [l.source, set.source],
    [l.effective, set.effective],
  ];
  const methods = new Set(set.indicators.map((indicator) => indicator.scoring.method));
  for (const name of ['target', 'steps', 'boolean', 'levels', 'info'] as const) {
    if (methods.has(name)) rows.push([l.scoringMethod, l.methodText[name]]);
  }
  rows.push([l.aggregation, l.aggregationText]);
  rows.push([l.missingPolicy, l.missingText[report.policy.missing]]);
  rows.push([l.coverage, l.coverageText]);
  if (report.entities.length > 1 || facts.ranked === true) rows.push([l.ranks, l.ranksText]);
  for (const band of set.bands) {
    rows.push([l.bands, l.bandText(ctx.bandName(band.id) ?? band.id, percent(band.min))]);
  }
  for (const rating of set.ratings) {
    rows.push([l.ratings, l.bandText(rating.label[lang], percent(rating.min))]);
  }
  return methodSheet(l, rows, facts, { itemWidth: 28, filter: true });
}

/** The first rows of a method sheet: which indicator set, by id, version and title. */
export function setRows(
  l: WorkbookLabels,
  set: Pick<ResolvedSet, 'id' | 'version' | 'title'>,
  lang: Lang,
): SheetCell[][] {
  return [
    [l.setId, set.id],
    [l.setVersion, set.version],
    [l.setTitle, set.title[lang]],
  ];
}

/**
 * The method sheet of every workbook (report, sensitivity, compare): its own rows, then where the
 * numbers came from — each input and its SHA-256, the tool's version and when it was made.
 */
export function methodSheet(
  l: WorkbookLabels,
  rows: SheetCell[][],
  facts: MethodFacts,
  { itemWidth = 40, filter = false }: { itemWidth?: number; filter?: boolean } = {},
): SheetSpec {
  for (const input of facts.inputs) {
    rows.push([l.inputFile, input.file]);
    rows.push([l.sha256, input.sha256]);
  }
  rows.push([l.toolVersion, facts.toolVersion]);
  // Text, not a date cell: a date cell would be shown in the reader's time zone conventions.
  rows.push([l.generated, isoMinute(facts.date)]);
  return {
    name: l.sheets.method,
    columns: [
      { header: l.item, maxWidth: itemWidth },
      { header: l.value, wrap: true, maxWidth: 100 },
    ],
    rows,
    rules: [],
    autoFilter: filter,
  };
}

/** Errors red and warnings yellow in a severity column, on every findings sheet. */
export function severityRule(l: WorkbookLabels, column: number): SheetRule {
  return {
    kind: 'severity',
    column,
    fills: [
      { text: l.severityNames.error, colour: 'FFFFC7CE' },
      { text: l.severityNames.warning, colour: 'FFFFEB9C' },
    ],
  };
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

/** The date as "yyyy-mm-dd hh:mm" in UTC; empty for an invalid date. */
export function isoMinute(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 16).replace('T', ' ');
}
