import { Option, type Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/**
 * `smartcity indicators [code]` lists the set (or shows one indicator);
 * `smartcity indicators check <set.yaml>` validates a set file and `smartcity indicators compile
 * <set.yaml>` writes it compiled beside it. commander dispatches a first argument equal to
 * `check` or `compile` to the subcommand and anything else to the parent's action, so an
 * indicator literally coded `check` or `compile` cannot be shown this way (`--format json` still
 * lists it).
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

  indicators
    .command('compile')
    .description(
      'validate a set and write <set>.compiled.json beside it, which loads faster (exit 0, 2 invalid)',
    )
    .argument('<set>', 'a YAML file')
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const { runIndicatorsCompile } = await import('./indicators-compile-run.js');
      await runIndicatorsCompile(deps, ref, command);
    });
}
