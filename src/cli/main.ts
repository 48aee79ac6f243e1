import { CommanderError } from 'commander';
import { CannotRunError } from '../core/findings/cannot-run-error.js';
import { processContext, type CliContext } from './context.js';
import { buildProgram } from './program.js';

/**
 * Runs the CLI and returns the exit code (spec §1): 0 ok, 1 invalid data, 2 cannot run,
 * 3 internal error. Never throws: a bug becomes one line (the stack only with --debug).
 */
export async function main(
  argv: readonly string[],
  ctx: CliContext = processContext(),
): Promise<number> {
  let exitCode = 0;
  const args = argv.map((arg) => arg.normalize('NFC'));
  const debug = args.includes('--debug');
  try {
    const program = buildProgram({ ctx, setExitCode: (code) => (exitCode = code) });
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return 0;
      }
      // commander already printed its message; usage errors are "cannot run".
      return 2;
    }
    if (error instanceof CannotRunError) {
      ctx.stderr(`smartcity: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(
      `smartcity: internal error: ${message.split('\n')[0]}${debug ? '' : ' (run again with --debug for details)'}\n`,
    );
    if (debug && error instanceof Error && error.stack) ctx.stderr(`${error.stack}\n`);
    return 3;
  }
}
