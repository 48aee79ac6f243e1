import { Command, Option } from 'commander';
import type { CommandDeps } from './command-deps.js';
import { registerCompare } from './commands/compare.js';
import { registerGaps } from './commands/gaps.js';
import { registerIndicators } from './commands/indicators.js';
import { registerProvinces } from './commands/provinces.js';
import { registerScore } from './commands/score.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerTemplate } from './commands/template.js';
import { registerValidate } from './commands/validate.js';
import { toolVersion } from './tool-version.js';

/** The commander program with every command; output goes through the context, never process. */
export function buildProgram(deps: CommandDeps): Command {
  const program = new Command('smartcity')
    .description('Score Vietnamese provinces against a smart-city indicator set.')
    .version(toolVersion(), '-V, --version')
    .option('--set <id|path>', 'indicator set: a bundled id or a YAML file (default: vn-smartcity)')
    .addOption(new Option('--lang <lang>', 'language of labels and messages').choices(['vi', 'en']))
    .option('--color', 'colours even when not a terminal (also FORCE_COLOR)')
    .option('--no-color', 'no colours (also NO_COLOR, or when not a terminal)')
    .option('-q, --quiet', 'print only the result and errors')
    .option('--debug', 'show stack traces of internal errors')
    .option(
      '--config <path>',
      'project configuration file (default: smartcity.config.yaml, found upward)',
    )
    .option('--no-config', 'ignore smartcity.config.yaml')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.ctx.stdout(text),
      writeErr: (text) => deps.ctx.stderr(text),
    });

  registerScore(program, deps);
  registerValidate(program, deps);
  registerGaps(program, deps);
  registerTemplate(program, deps);
  registerIndicators(program, deps);
  registerProvinces(program, deps);
  registerCompare(program, deps);
  registerSensitivity(program, deps);

  // Subcommands inherit the output routing and the exit override.
  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => deps.ctx.stdout(text),
      writeErr: (text) => deps.ctx.stderr(text),
    });
    for (const sub of command.commands) {
      sub.exitOverride();
      sub.configureOutput({
        writeOut: (text) => deps.ctx.stdout(text),
        writeErr: (text) => deps.ctx.stderr(text),
      });
    }
  }
  return program;
}
