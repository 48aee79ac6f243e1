import { catalogue } from '../../core/findings/catalogue/catalogue.js';
import type { CatalogueEntry } from '../../core/findings/catalogue/entry.js';
import type { FindingCode } from '../../core/findings/finding-args.js';
import { findingMessage } from '../../core/findings/format-finding.js';
import type { Finding, Lang, Severity } from '../../core/findings/finding.js';
import { findingFingerprints } from './finding-fingerprints.js';
import { findingPath } from './finding-path.js';
import { findingPosition } from './finding-position.js';
import type { ValidateSummary } from './validate-summary.js';
import { workbookPlace } from './workbook-place.js';

const SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** SARIF message strings spell a literal brace twice: `{0}` would be a placeholder (§3.11.5). */
function sarifText(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}

/**
 * A path as a URI reference: each segment percent-encoded (a space, a `:` in a relative path, a
 * Vietnamese letter), a relative path kept relative, an absolute one as a `file:` URI.
 */
function artifactUri(path: string): string {
  const encode = (segments: string) => segments.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]:)[\\/]/.exec(path);
  if (drive !== null) return `file:///${drive[1]}${encode(path.slice(2).replace(/\\/g, '/'))}`;
  if (path.startsWith('/')) return `file://${encode(path)}`;
  return encode(path);
}

/** The rule of each code used, in order of first use; the description is the catalogue's. */
function rulesOf(summary: ValidateSummary, lang: Lang) {
  const codes = [...new Set(summary.files.flatMap((file) => file.findings.map((f) => f.code)))];
  return codes.map((code) => {
    const entry = catalogue[code as FindingCode] as CatalogueEntry | undefined;
    return {
      id: code,
      shortDescription: { text: sarifText(entry?.[lang] ?? code) },
      defaultConfiguration: { level: LEVEL[entry?.severity ?? 'error'] },
    };
  });
}

function locationOf(finding: Finding, path: string) {
  const { line, column } = findingPosition(finding);
  const region =
    line === null
      ? {}
      : { region: { startLine: line, ...(column === null ? {} : { startColumn: column }) } };
  const place = workbookPlace(finding);
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(path) }, ...region },
    ...(place === null ? {} : { logicalLocations: [{ name: place }] }),
  };
}

/**
 * `validate --format sarif` (spec §11): a SARIF 2.1.0 log of one run, a rule per finding code
 * used and a result per finding. A result points at the file by its path; for a workbook the
 * region is the Excel row and column number, and a logical location names `Sheet!D12`. A finding
 * with no line keeps its file and has no region.
 */
export function validateSarif(summary: ValidateSummary, lang: Lang, version: string): string {
  const rules = rulesOf(summary, lang);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const fingerprints = findingFingerprints(summary);
  let index = 0;
  const results = summary.files.flatMap((file) =>
    file.findings.map((finding) => ({
      ruleId: finding.code,
      ruleIndex: ruleIndex.get(finding.code)!,
      level: LEVEL[finding.severity],
      message: { text: sarifText(findingMessage(finding, lang)) },
      locations: [locationOf(finding, findingPath(finding, file))],
      partialFingerprints: { 'smartcityFinding/v1': fingerprints[index++]! },
    })),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'smartcity', version, rules } },
        language: lang,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
