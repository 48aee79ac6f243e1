import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, type GlobalOptions } from '../global-options.js';
import { addInputOptions, parseInputOptions, type InputOptions } from '../input-options.js';

/**
 * A command that reads data files (`gaps`, `sensitivity`, `compare`): its name, what it does and
 * its arguments, then the shared input options; the caller adds its own options and action.
 */
export function dataCommand(
  program: Command,
  name: string,
  description: string,
  args: ReadonlyArray<readonly [string, string]>,
): Command {
  const command = program.command(name).description(description);
  for (const [syntax, text] of args) command.argument(syntax, text);
  return addInputOptions(command);
}

/** `--format table|json`: what goes to stdout. */
export function stdoutFormatOption(): Option {
  return new Option('--format <format>', 'what goes to stdout')
    .choices(['table', 'json'])
    .default('table');
}

/** The action of a data command, in its own module so it loads only when the command runs. */
export type DataAction<Args, Flags> = (
  deps: CommandDeps,
  args: Args,
  flags: Flags,
  self: Command,
) => Promise<void>;

/** What every data command's action starts from; bad option values exit 2 here. */
export function actionStart(
  deps: CommandDeps,
  self: Command,
): { ctx: CliContext; globals: GlobalOptions; input: InputOptions } {
  return { ctx: deps.ctx, globals: globalOptions(self), input: parseInputOptions(self.opts()) };
}
