import { Option, type Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/**
 * `smartcity indicators [code]` lists the set (or shows one indicator);
 * `smartcity indicators check <set.yaml>` validates a set file. commander dispatches a first
 * argument equal to `check` to the subcommand and anything else to the parent's action, so an
 * indicator literally coded `check` cannot be shown this way (`--format json` still lists it).
 */
export function registerIndicators(program: Command, deps: CommandDeps): void {
  const indicators = program
    .command('indicators')
    .description('list the indicators of a set, or show one')
    .argument('[code]', 'an indicator code (case-insensitive)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'),
    )
    .action(
      async (code: string | undefined, opts: { format: 'table' | 'json' }, command: Command) => {
        // Lazy: renderers and the set reader load only when the command runs.
        const { runIndicators } = await import('./indicators-run.js');
        await runIndicators(deps, code, opts, command);
      },
    );

  indicators
    .command('check')
    .description('validate an indicator-set YAML file (exit 0 valid, 2 invalid)')
    .argument('<set>', 'a YAML file, or a bundled set id')
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const { runIndicatorsCheck } = await import('./indicators-run.js');
      await runIndicatorsCheck(deps, ref, command);
    });
}
