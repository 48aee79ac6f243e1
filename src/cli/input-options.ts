import { Option, type Command } from 'commander';
import { z } from 'zod';
import { CannotRunError } from '../core/cannot-run-error.js';
import type { BindOptions } from '../core/bind/bind-options.js';
import type { ReadOptions } from '../io/read-options.js';

/**
 * The input options shared by `score`, `validate` and `gaps` (spec §1): how to read a data file
 * and whom it is about. Commander collects the raw strings; the schema below checks and types
 * them, so a bad value is one clear line and exit 2.
 */
const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258'] as const;
const DECIMALS = ['auto', 'comma', 'dot'] as const;
const MISSING = ['zero', 'exclude'] as const;
const DEFAULT_MAX_SIZE_MB = 50;

const nfc = (text: string): string => text.normalize('NFC').trim();

export const inputOptionsSchema = z.object({
  province: z
    .string()
    .transform(nfc)
    .pipe(z.string().min(1, '--province needs a province name or code'))
    .nullable()
    .default(null),
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, '--year must be a four-digit year between 1900 and 2100')
    .transform(Number)
    .refine((year) => year >= 1900 && year <= 2100, '--year must be between 1900 and 2100')
    .nullable()
    .default(null),
  sheet: z
    .string()
    .transform(nfc)
    .pipe(z.string().min(1, '--sheet needs a sheet name or a 1-based index'))
    .nullable()
    .default(null),
  encoding: z.enum(ENCODINGS).default('auto'),
  decimal: z.enum(DECIMALS).default('auto'),
  missing: z.enum(MISSING).nullable().default(null),
  strict: z.boolean().default(false),
  maxSize: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, '--max-size must be a number of megabytes')
    .transform(Number)
    .refine((mb) => mb > 0 && mb <= 4096, '--max-size must be between 0 and 4096 MB')
    .default(DEFAULT_MAX_SIZE_MB),
});

export type InputOptions = z.output<typeof inputOptionsSchema>;

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
  const parsed = inputOptionsSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = `--${String(issue?.path[0] ?? 'option').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const given =
    issue?.path[0] === undefined ? undefined : picked[issue.path[0] as keyof typeof picked];
  const message = issue?.message.startsWith('--') ? issue.message : `invalid value for ${option}`;
  throw new CannotRunError(`${message} (got ${JSON.stringify(given)})`);
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
