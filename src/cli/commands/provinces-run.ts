import type { Command } from 'commander';
import { provincesOfEra } from '../../core/province/province-registry.js';
import { provincesJson } from '../../render/formats/provinces-json.js';
import { provincesTable } from '../../render/terminal/provinces-table.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, textStyle } from '../global-options.js';

export type Era = '2025' | 'pre-2025' | 'all';

/** The action of `smartcity provinces`, loaded only when that command runs. */
export function runProvinces(
  deps: CommandDeps,
  options: { era: Era; format: 'table' | 'json' },
  command: Command,
): void {
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
}
