import type { CliContext } from './context.js';

/** What every command's registration receives from the program. */
export interface CommandDeps {
  ctx: CliContext;
  /** The command's outcome: 0 ok, 1 invalid data, 2 cannot run (spec §1). */
  setExitCode(code: number): void;
}
