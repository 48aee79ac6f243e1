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

export interface InputOptions {
  province: string | null;
  year: number | null;
  sheet: string | null;
  encoding: (typeof ENCODINGS)[number];
  decimal: (typeof DECIMALS)[number];
  missing: (typeof MISSING)[number] | null;
  strict: boolean;
  /** Megabytes. */
  maxSize: number;
}

/** A bad value: the message when it is specific (starts with the flag), else a generic one. */
class BadOption extends Error {
  constructor(
    readonly key: string,
    message?: string,
  ) {
    super(message);
  }
}

const nfc = (text: string): string => text.normalize('NFC').trim();

// Plain checks rather than a zod schema: zod costs ~100 ms to import and every command pays it.
function nonEmptyText(key: string, value: unknown, empty: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new BadOption(key);
  const text = nfc(value);
  if (text.length === 0) throw new BadOption(key, empty);
  return text;
}

function oneOf<T extends string>(
  key: string,
  value: unknown,
  choices: readonly T[],
  fallback: T | null,
): T | null {
  if (value === undefined) return fallback;
  if (value === null && fallback === null) return null;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value))
    return value as T;
  throw new BadOption(key);
}

function yearOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new BadOption('year');
  const text = value.trim();
  if (!/^\d{4}$/.test(text)) {
    throw new BadOption('year', '--year must be a four-digit year between 1900 and 2100');
  }
  const year = Number(text);
  if (!(year >= 1900 && year <= 2100)) {
    throw new BadOption('year', '--year must be between 1900 and 2100');
  }
  return year;
}

function maxSizeOf(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_SIZE_MB;
  if (typeof value !== 'string') throw new BadOption('maxSize');
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) {
    throw new BadOption('maxSize', '--max-size must be a number of megabytes');
  }
  const mb = Number(text);
  if (!(mb > 0 && mb <= 4096)) {
    throw new BadOption('maxSize', '--max-size must be between 0 and 4096 MB');
  }
  return mb;
}

/** Adds the shared input options to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--province <name|code>', 'the province of a long file (overrides the file)')
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
      '--max-size <MB>',
      'largest input file read, in megabytes',
      String(DEFAULT_MAX_SIZE_MB),
    );
}

/** Checks and types the raw option values commander collected; bad values exit 2. */
export function parseInputOptions(raw: Readonly<Record<string, unknown>>): InputOptions {
  const picked = {
    province: raw.province ?? null,
    year: raw.year ?? null,
    sheet: raw.sheet ?? null,
    encoding: raw.encoding,
    decimal: raw.decimal,
    missing: raw.missing ?? null,
    strict: raw.strict === true,
    maxSize: raw.maxSize,
  };
  try {
    return {
      province: nonEmptyText(
        'province',
        picked.province,
        '--province needs a province name or code',
      ),
      year: yearOf(picked.year),
      sheet: nonEmptyText('sheet', picked.sheet, '--sheet needs a sheet name or a 1-based index'),
      encoding: oneOf('encoding', picked.encoding, ENCODINGS, 'auto')!,
      decimal: oneOf('decimal', picked.decimal, DECIMALS, 'auto')!,
      missing: oneOf('missing', picked.missing, MISSING, null),
      strict: picked.strict,
      maxSize: maxSizeOf(picked.maxSize),
    };
  } catch (error) {
    if (!(error instanceof BadOption)) throw error;
    const option = `--${error.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const given = picked[error.key as keyof typeof picked];
    const message = error.message.startsWith('--') ? error.message : `invalid value for ${option}`;
    throw new CannotRunError(`${message} (got ${JSON.stringify(given)})`);
  }
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
