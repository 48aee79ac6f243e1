// Writes docs/findings.md, the reference of every finding code, from the catalogue:
// npm run docs:findings. test/docs/findings-doc.test.ts keeps the file in sync.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogue } from '../src/core/findings/catalogue/catalogue.js';
import type { CatalogueEntry } from '../src/core/findings/catalogue/entry.js';

const STAGES: readonly { prefix: string; title: string; about: string }[] = [
  { prefix: 'RUN_', title: 'Cannot run (exit 2)', about: 'bad flags, inputs or outputs' },
  {
    prefix: 'SET_',
    title: 'Indicator sets',
    about: 'the YAML set file (exit 2: a set is configuration)',
  },
  { prefix: 'FILE_', title: 'Files', about: 'the container: format, encoding, zip, CSV structure' },
  { prefix: 'DATA_', title: 'Data', about: 'sheets, headers, rows, indicators and values' },
  { prefix: 'PROVINCE_', title: 'Provinces', about: 'who the entity is' },
  { prefix: 'YEAR_', title: 'Years', about: 'which year the data is for' },
  { prefix: 'SCORE_', title: 'Scoring', about: 'what scoring found' },
  { prefix: 'BATCH_', title: 'A round', about: 'what a round of submissions lacks as a whole' },
  { prefix: 'ROLLUP_', title: 'Roll-up', about: 'pre-2025 provinces rolled up to the 2025 units' },
  { prefix: 'COMPARE_', title: 'Comparison', about: 'what `smartcity compare` could match' },
];

/** What a term placeholder can say: "- `{source}`, `{otherSource}`: tên tệp / the file name; …". */
function termsDoc(entry: CatalogueEntry): string {
  const tables = new Map<object, string[]>();
  for (const [name, table] of Object.entries(entry.terms ?? {})) {
    tables.set(table, [...(tables.get(table) ?? []), name]);
  }
  let text = '';
  for (const [table, names] of tables) {
    const words = Object.values(table as Record<string, { vi: string; en: string }>)
      .map((term) => `${term.vi} / ${term.en}`)
      .join('; ');
    text += `- ${names.map((name) => `\`{${name}}\``).join(', ')}: ${words}\n`;
  }
  return text;
}

/** The Markdown reference of every code, grouped by stage, in catalogue order. */
export function findingsDoc(): string {
  const entries = Object.entries(catalogue);
  let text =
    '# Findings reference\n\n' +
    'Every problem `smartcity` reports is a finding with a stable code, a severity (`error`,\n' +
    '`warning` or `info`) and a message in Vietnamese (default) or English (`--lang en`).\n' +
    'Words in `{braces}` are filled in from the data. This page is generated from the catalogue\n' +
    '(`npm run docs:findings`); do not edit it by hand.\n';
  const other = entries.filter(([code]) => !STAGES.some((s) => code.startsWith(s.prefix)));
  if (other.length > 0)
    throw new Error(`codes without a stage: ${other.map(([c]) => c).join(', ')}`);
  for (const stage of STAGES) {
    const codes = entries.filter(([code]) => code.startsWith(stage.prefix));
    if (codes.length === 0) continue;
    text += `\n## ${stage.title}\n\n\`${stage.prefix}\` codes: ${stage.about}.\n`;
    for (const [code, entry] of codes) {
      text += `\n### ${code}\n\n${entry.severity}\n\n- vi: ${entry.vi}\n- en: ${entry.en}\n`;
      text += termsDoc(entry);
    }
  }
  return text;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = fileURLToPath(new URL('../docs/findings.md', import.meta.url));
  writeFileSync(target, findingsDoc());
  process.stdout.write(`wrote ${target}\n`);
}
