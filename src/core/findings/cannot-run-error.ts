/**
 * "Cannot run": bad flags, a missing input, an invalid indicator set, a forbidden output path.
 * The CLI prints the message (and hint) in one line and exits 2. Anything else thrown is a bug.
 */
export class CannotRunError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly hint: string | null = null,
  ) {
    super(message);
    this.name = 'CannotRunError';
  }
}
