import { CommanderError, type Command } from 'commander';
import { CannotRunError } from '../core/findings/cannot-run-error.js';
import { findingMessage } from '../core/findings/format-finding.js';
import type { Lang } from '../core/findings/finding.js';
import { findingsText } from '../render/terminal/findings-text.js';
import { plainStyle } from '../render/terminal/text-style.js';
import { processContext, type CliContext } from './context.js';
import { localiseHelp } from './help/localise-help.js';
import { buildProgram } from './program.js';
import { applyProjectConfig, loadProjectConfig } from './project-config.js';
import { usageError } from './usage-error.js';

export { outputCommitted } from './temp-files.js';

/**
 * Runs the CLI and returns the exit code (spec §1): 0 ok, 1 invalid data, 2 cannot run,
 * 3 internal error. Never throws: a bug becomes one line (the stack only with --debug).
 * Every line it prints itself is in the --lang language (or the configured one).
 */
export async function main(
  argv: readonly string[],
  ctx: CliContext = processContext(),
): Promise<number> {
  let exitCode = 0;
  const args = argv.map((arg) => arg.normalize('NFC'));
  const debug = args.includes('--debug');
  let lang: Lang = langOf(args) ?? 'vi';
  const say = (coded: Parameters<typeof findingMessage>[0]) =>
    ctx.stderr(`smartcity: ${findingMessage(coded, lang)}\n`);
  try {
    const project = await loadProjectConfig(args, ctx);
    lang = langOf(args) ?? project.config.lang ?? 'vi';
    const program = buildProgram({ ctx, setExitCode: (code) => (exitCode = code) });
    localiseHelp(program, lang);
    // commander's own error sentences are English; main says them again in `lang`.
    forEachCommand(program, (command) => command.configureOutput({ outputError: () => {} }));
    // The project configuration applies just before a command runs: after --help and
    // --version (which a broken file must not block), before any option is read.
    program.hook('preAction', (_program, command) => {
      if (project.error !== null) {
        if (project.findings.length > 0) {
          ctx.stderr(findingsText(project.findings, lang, plainStyle));
        }
        throw project.error;
      }
      applyProjectConfig(command, project.config);
    });
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
      // Usage errors are "cannot run".
      say(usageError(error));
      return 2;
    }
    if (error instanceof CannotRunError) {
      say(error.coded);
      return 2;
    }
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    say({ code: debug ? 'RUN_INTERNAL_ERROR_DEBUG' : 'RUN_INTERNAL_ERROR', args: { message } });
    if (debug && error instanceof Error && error.stack) ctx.stderr(`${error.stack}\n`);
    return 3;
  }
}

function forEachCommand(command: Command, visit: (command: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}

/**
 * The --lang given on the command line, read before commander parses it: a message about a bad
 * option must already speak the user's language.
 */
function langOf(args: readonly string[]): Lang | null {
  let lang: Lang | null = null;
  args.forEach((arg, i) => {
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (value === 'vi' || value === 'en') lang = value;
  });
  return lang;
}
