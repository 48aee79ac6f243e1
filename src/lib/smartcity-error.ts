import { CannotRunError } from '../core/findings/cannot-run-error.js';
import type { CodedArgs } from '../core/findings/finding-args.js';
import { findingMessage } from '../core/findings/format-finding.js';
import type { Lang } from '../core/findings/finding.js';

/**
 * What the library throws when it cannot work at all (a missing file, an unknown set id): the
 * CLI's "cannot run" (exit 2). `code` is the catalogue code (`RUN_INPUT_NOT_FOUND`) and the
 * message is already in the caller's language, so a program can show it or branch on the code.
 * Anything wrong *inside* a file is never thrown: it is a finding.
 */
export class SmartcityError extends Error {
  readonly code: string;
  /** The message's arguments (paths, option values), for programs that word it themselves. */
  readonly args: Readonly<Record<string, string | number | null>>;

  constructor(coded: CodedArgs, lang: Lang) {
    super(findingMessage(coded, lang));
    this.name = 'SmartcityError';
    this.code = coded.code;
    this.args = coded.args;
  }
}

/** Runs a library step, turning the CLI's internal CannotRunError into a SmartcityError. */
export async function libraryStep<T>(lang: Lang, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof CannotRunError) throw new SmartcityError(error.coded, lang);
    throw error;
  }
}
