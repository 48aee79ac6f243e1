import { Option, type Command } from 'commander';
import { CannotRunError } from '../core/findings/cannot-run-error.js';
import type { BindOptions } from '../core/bind/bind-options.js';
import type { ReadOptions } from '../io/files/read-options.js';

/**
 * The input options shared by `score`, `validate` and `gaps` (spec §1): how to read a data file
 * and whom it is about. Commander collects the raw strings; parseInputOptions checks and types
 * them, so a bad value is one clear line and exit 2.
 */
const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258'] as const;
const DECIMALS = ['auto', 'comma', 'dot'] as const;
const MISSING = ['zero', 'exclude'] as const;
const DEFAULT_MAX_SIZE_MB = 50;
const MAX_SIZE_LIMIT_MB = 4096;

export interface InputOptions {
  /** The one name given with --province, or null (none, or several). */
  province: string | null;
  /**
   * Every name given with --province (repeated or comma-separated): who a single-entity file is
   * about (spec §3.3), or which entities of a multi-entity input to keep (spec §6).
   */
  provinces: string[];
  year: number | null;
  sheet: string | null;
  encoding: (typeof ENCODINGS)[number];
  decimal: (typeof DECIMALS)[number];
  missing: (typeof MISSING)[number] | null;
  strict: boolean;
  /** --min-coverage (0–1), overriding the set's minCoverage (spec §7); null: the set's. */
  minCoverage: number | null;
  /** A directory argument descends into subdirectories (spec §6). */
  recursive: boolean;
  /** Megabytes. */
  maxSize: number;
}

const nfc = (text: string): string => text.normalize('NFC').trim();

// Plain checks rather than a zod schema: zod costs ~100 ms to import and every command pays it.
function nonEmptyText(option: string, value: unknown, wanted: string): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? nfc(value) : '';
  if (text.length === 0) throw CannotRunError.of('RUN_OPTION_EMPTY', { option, wanted });
  return text;
}

function oneOf<T extends string>(
  option: string,
  value: unknown,
  choices: readonly T[],
  fallback: T | null,
): T | null {
  if (value === undefined) return fallback;
  if (value === null && fallback === null) return null;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value))
    return value as T;
  throw CannotRunError.of('RUN_OPTION_CHOICE', {
    option,
    value: String(value),
    choices: choices.join(', '),
  });
}

/** `--year`: four digits from `min` to 2100; bad values exit 2. */
export function yearOf(value: unknown, min = 1900): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.trim() : '';
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= min && year <= 2100)) {
    throw CannotRunError.of('RUN_OPTION_YEAR', {
      option: '--year',
      min,
      max: 2100,
      value: String(value),
    });
  }
  return year;
}

function maxSizeOf(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_SIZE_MB;
  const text = typeof value === 'string' ? value.trim() : '';
  const mb = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(mb > 0 && mb <= MAX_SIZE_LIMIT_MB)) {
    throw CannotRunError.of('RUN_OPTION_MAX_SIZE', {
      max: MAX_SIZE_LIMIT_MB,
      value: String(value),
    });
  }
  return mb;
}

function provincesOf(value: unknown): { province: string | null; provinces: string[] } {
  const given = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  const names = given.flatMap((item: unknown) => {
    const text = nonEmptyText('--province', item, '<name|code>') ?? '';
    return text
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
  });
  if (given.length > 0 && names.length === 0) {
    throw CannotRunError.of('RUN_OPTION_EMPTY', { option: '--province', wanted: '<name|code>' });
  }
  return { province: names.length === 1 ? names[0]! : null, provinces: names };
}

/** `--min-coverage`: a share 0–1 ("0.65") or a percent ("65%"). */
function minCoverageOf(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value.trim() : '';
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
  const share = match === null ? NaN : Number(match[1]) / (match[2] === '%' ? 100 : 1);
  if (!(share >= 0 && share <= 1)) {
    throw CannotRunError.of('RUN_OPTION_MIN_COVERAGE', { value: String(value) });
  }
  return share;
}

/** Commander collector: a repeated option keeps every value. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Adds the shared input options to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .option(
      '--province <name|code>',
      'who a single-entity file is about; with several entities, the ones to keep (repeat or use commas)',
      collect,
    )
    .option('--year <yyyy>', 'the reporting year (overrides the file)')
    .option('--sheet <name|index>', 'the worksheet to read (a hidden sheet only by name)')
    .addOption(
      new Option('--encoding <encoding>', 'CSV text encoding').choices(ENCODINGS).default('auto'),
    )
    .addOption(
      new Option('--decimal <mark>', 'decimal mark of numbers written as text')
        .choices(DECIMALS)
        .default('auto'),
    )
    .addOption(
      new Option('--missing <policy>', "missing values (overrides the set's policy)").choices(
        MISSING,
      ),
    )
    .option('--strict', 'warnings count as errors')
    .option(
      '--min-coverage <share>',
      "least share of the points with data for a rating, 0–1 or a percent (overrides the set's)",
    )
    .option('--recursive', 'a directory argument includes its subdirectories')
    .option(
      '--max-size <MB>',
      'largest input file read, in megabytes',
      String(DEFAULT_MAX_SIZE_MB),
    );
}

/** Checks and types the raw option values commander collected; bad values exit 2. */
export function parseInputOptions(raw: Readonly<Record<string, unknown>>): InputOptions {
  return {
    ...provincesOf(raw.province),
    year: yearOf(raw.year ?? null),
    sheet: nonEmptyText('--sheet', raw.sheet ?? null, '<name|index>'),
    encoding: oneOf('--encoding', raw.encoding, ENCODINGS, 'auto')!,
    decimal: oneOf('--decimal', raw.decimal, DECIMALS, 'auto')!,
    missing: oneOf('--missing', raw.missing ?? null, MISSING, null),
    strict: raw.strict === true,
    recursive: raw.recursive === true,
    minCoverage: minCoverageOf(raw.minCoverage),
    maxSize: maxSizeOf(raw.maxSize),
  };
}

/** The options the binder needs. */
export function bindOptionsOf(options: InputOptions): BindOptions {
  return {
    province: options.province,
    year: options.year,
    decimal: options.decimal,
    sheet: options.sheet,
  };
}

/** The options the readers need. */
export function readOptionsOf(options: InputOptions): ReadOptions {
  return {
    encoding: options.encoding,
    sheet: options.sheet,
    maxSize: Math.round(options.maxSize * 1024 * 1024),
  };
}
