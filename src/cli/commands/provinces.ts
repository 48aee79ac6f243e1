import { Option, type Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';
import type { Era } from './provinces-run.js';

/** `smartcity provinces` (spec §1): the province registry, 34 current units by default. */
export function registerProvinces(program: Command, deps: CommandDeps): void {
  program
    .command('provinces')
    .description('list the province registry (34 units from 2025-07-01; --era pre-2025 for the 63)')
    .addOption(
      new Option('--era <era>', 'which units: the 34 of 2025, the 63 before, or all')
        .choices(['2025', 'pre-2025', 'all'])
        .default('2025'),
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'),
    )
    .action(async (options: { era: Era; format: 'table' | 'json' }, command: Command) => {
      // Lazy: the registry and the table renderer load only when the command runs.
      const { runProvinces } = await import('./provinces-run.js');
      runProvinces(deps, options, command);
    });
}
