import { CommanderError } from 'commander';
import { CannotRunError } from '../core/findings/cannot-run-error.js';
import { findingMessage } from '../core/findings/format-finding.js';
import type { Lang } from '../core/findings/finding.js';
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
  const lang = langOf(args);
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
      ctx.stderr(`smartcity: ${findingMessage(error.coded, lang)}\n`);
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

/**
 * The --lang given on the command line, read before commander parses it: a message about a bad
 * option must already speak the user's language.
 */
function langOf(args: readonly string[]): Lang {
  let lang: Lang = 'vi';
  args.forEach((arg, i) => {
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (value === 'vi' || value === 'en') lang = value;
  });
  return lang;
}
