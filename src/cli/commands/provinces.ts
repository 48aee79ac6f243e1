import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** `smartcity provinces` — placeholder until its issue lands. */
export function registerProvinces(program: Command, deps: CommandDeps): void {
  program
    .command('provinces')
    .description('(not yet implemented)')
    .action(() => {
      deps.ctx.stderr('smartcity: provinces is not implemented yet\n');
      deps.setExitCode(2);
    });
}
