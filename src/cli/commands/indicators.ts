import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** `smartcity indicators` — placeholder until its issue lands. */
export function registerIndicators(program: Command, deps: CommandDeps): void {
  program
    .command('indicators')
    .description('(not yet implemented)')
    .action(() => {
      deps.ctx.stderr('smartcity: indicators is not implemented yet\n');
      deps.setExitCode(2);
    });
}
