import { Option, type Command } from 'commander';
import { provincesOfEra } from '../../core/province-registry.js';
import { provincesJson } from '../../render/provinces-json.js';
import { provincesTable } from '../../render/provinces-table.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, textStyle } from '../global-options.js';

type Era = '2025' | 'pre-2025' | 'all';

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
    .action((options: { era: Era; format: 'table' | 'json' }, command: Command) => {
      const global = globalOptions(command);
      const units = provincesOfEra(options.era);
      deps.ctx.stdout(
        options.format === 'json'
          ? provincesJson(units)
          : provincesTable(units, {
              lang: global.lang,
              era: options.era,
              style: textStyle(deps.ctx, global, 'stdout'),
            }),
      );
      deps.setExitCode(0);
    });
}
