import type { CodedArgs, FindingArgsOf, FindingCode } from './finding-args.js';

/**
 * "Cannot run": bad flags, a missing input, an invalid indicator set, a forbidden output path.
 * It carries a RUN_ code and its arguments; the CLI prints the catalogue's message in the
 * --lang language in one line and exits 2. Anything else thrown is a bug.
 */
export class CannotRunError extends Error {
  readonly exitCode = 2;
  readonly coded: CodedArgs;

  constructor(coded: CodedArgs) {
    super(coded.code);
    this.name = 'CannotRunError';
    this.coded = coded;
  }

  static of<C extends FindingCode>(code: C, args: FindingArgsOf<C>): CannotRunError {
    return new CannotRunError({ code, args } as CodedArgs);
  }
}
