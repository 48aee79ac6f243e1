/**
 * Generates src/core/province/province-data.json from indicators/provinces.csv. The CSV is the
 * editable source (the shipped registry data); the JSON copy exists because core is pure and cannot
 * read files, so the registry imports it as a module (esbuild inlines it in the CLI bundle, tsc
 * copies it into dist/). Run: `npx tsx scripts/make-province-data.ts`. A test checks that the two
 * agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { ProvinceUnit } from '../src/core/province/province-unit.js';

const COLUMNS = [
  'era',
  'code',
  'name',
  'type',
  'valid_from',
  'valid_to',
  'successor_code',
  'aliases',
] as const;

const root = fileURLToPath(new URL('..', import.meta.url));
export const provinceCsvPath = `${root}indicators/provinces.csv`;
const outputPath = `${root}src/core/province/province-data.json`;

/** Parses and checks the registry CSV; throws with the line on anything suspicious. */
export function parseProvinceCsv(text: string): ProvinceUnit[] {
  const records = parse(text, {
    columns: false,
    skip_empty_lines: true,
    cast: false,
  }) as string[][];
  const [header, ...rows] = records;
  if (header === undefined || header.join(',') !== COLUMNS.join(',')) {
    throw new Error(`provinces.csv: the header must be ${COLUMNS.join(',')}`);
  }
  const units = rows.map((row, index): ProvinceUnit => {
    const line = index + 2;
    const fail = (why: string): never => {
      throw new Error(`provinces.csv:${line}: ${why}`);
    };
    if (row.length !== COLUMNS.length) fail(`expected ${COLUMNS.length} fields`);
    const [era, code, name, type, validFrom, validTo, successor, aliases] = row as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (era !== '2025' && era !== 'pre-2025') fail(`bad era "${era}"`);
    if (!/^\d{2}$/.test(code)) fail(`bad code "${code}"`);
    if (type !== 'province' && type !== 'city') fail(`bad type "${type}"`);
    if (name.trim() === '' || name !== name.normalize('NFC')) fail('name empty or not NFC');
    const date = (value: string): string | null => {
      if (value === '') return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(`bad date "${value}"`);
      return value;
    };
    const aliasList = aliases === '' ? [] : aliases.split('|').map((alias) => alias.trim());
    if (aliasList.some((alias) => alias === '' || alias !== alias.normalize('NFC'))) {
      fail('empty or non-NFC alias');
    }
    return {
      code,
      name,
      type: type as ProvinceUnit['type'],
      era: era as ProvinceUnit['era'],
      validFrom: date(validFrom),
      validTo: date(validTo),
      successor: successor === '' ? null : successor,
      aliases: aliasList,
    };
  });

  const current = new Set(units.filter((unit) => unit.era === '2025').map((unit) => unit.code));
  const earlier = units.filter((unit) => unit.era === 'pre-2025');
  if (current.size !== 34) throw new Error(`provinces.csv: expected 34 units of 2025`);
  if (new Set(earlier.map((unit) => unit.code)).size !== 63) {
    throw new Error(`provinces.csv: expected 63 distinct pre-2025 units`);
  }
  for (const unit of units) {
    if (unit.era === '2025' && (unit.successor !== null || unit.validFrom !== '2025-07-01')) {
      throw new Error(`provinces.csv: 2025 unit ${unit.code} must have no successor`);
    }
    if (unit.era === 'pre-2025' && (unit.successor === null || !current.has(unit.successor))) {
      throw new Error(`provinces.csv: pre-2025 unit ${unit.code} needs a 2025 successor`);
    }
    // Every pre-2025 unit ends with its era. It starts with it too, unless its status changed
    // inside the era (spec §1: one row, latest name and type, valid_from = the change): that date
    // must fall inside the era, or the unit would have no days of its own.
    if (
      unit.era === 'pre-2025' &&
      (unit.validTo !== '2025-06-30' || (unit.validFrom !== null && unit.validFrom >= '2025-07-01'))
    ) {
      throw new Error(`provinces.csv: pre-2025 unit ${unit.code} has dates outside its era`);
    }
  }
  return units;
}

/**
 * The JSON text: one unit per line, so the 97 rows read like the CSV they come from (the file is in
 * .prettierignore for that reason).
 */
function provinceDataJson(units: readonly ProvinceUnit[]): string {
  return `[\n${units.map((unit) => `  ${JSON.stringify(unit)}`).join(',\n')}\n]\n`;
}

async function run(): Promise<void> {
  const units = parseProvinceCsv(readFileSync(provinceCsvPath, 'utf8'));
  writeFileSync(outputPath, provinceDataJson(units));
  process.stdout.write(`wrote ${outputPath} (${units.length} units)\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
