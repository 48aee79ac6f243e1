import { localNumberText } from '../text/local-number-text.js';
import { catalogue } from './catalogue/catalogue.js';
import type { CatalogueEntry } from './catalogue/entry.js';
import type { FindingCode } from './finding-args.js';
import type { Finding, Lang } from './finding.js';

/**
 * The message of a finding in the given language, its `{placeholders}` filled from its args. An
 * optional placeholder (`{hint?}`) with no value takes its parenthesised clause with it —
 * "(closest: {hint?})" disappears rather than reading "(closest: )" or "(closest: —)".
 */
export function findingMessage(finding: Pick<Finding, 'code' | 'args'>, lang: Lang): string {
  const entry: CatalogueEntry | undefined = catalogue[finding.code as FindingCode];
  if (!entry) return finding.code;
  const valueOf = (name: string): string | null => {
    const arg = finding.args[name];
    const term = entry.terms?.[name]?.[String(arg)];
    if (term !== undefined) return term[lang];
    // Numbers in messages are often years or line numbers: decimal mark only, no grouping.
    if (typeof arg === 'number') return localNumberText(String(arg), lang, { group: false });
    return arg === null || arg === undefined || arg === '' ? null : String(arg);
  };
  return entry[lang]
    .replace(/ ?\([^()]*\{(\w+)\?\}[^()]*\)/g, (clause, name: string) =>
      valueOf(name) === null ? '' : clause,
    )
    .replace(/\{(\w+)\??\}/g, (_, name: string) => valueOf(name) ?? '');
}

/**
 * Where a finding points, the way a person opens it: `file › Sheet!E12` for workbooks,
 * `file:line:col` for CSV and YAML, or just the file.
 */
export function findingPlace(finding: Finding): string {
  const file = finding.file ?? '';
  if (finding.sheet !== null) {
    const inner = finding.cell ?? (finding.row !== null ? `${finding.row}` : null);
    return inner === null ? `${file} › ${finding.sheet}` : `${file} › ${finding.sheet}!${inner}`;
  }
  if (finding.line !== null) {
    const col = typeof finding.column === 'number' ? `:${finding.column}` : '';
    return `${file}:${finding.line}${col}`;
  }
  return file;
}

/** The JSON form of §3.6, message rendered in the user's language, keys in a stable order. */
export function findingToJson(finding: Finding, lang: Lang): Record<string, unknown> {
  return {
    code: finding.code,
    severity: finding.severity,
    message: findingMessage(finding, lang),
    file: finding.file,
    sheet: finding.sheet,
    cell: finding.cell,
    row: finding.row,
    column: finding.column,
    line: finding.line,
    indicator: finding.indicator,
    province: finding.province,
    value: finding.value,
  };
}
