import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** `smartcity gaps` — placeholder until its issue lands. */
export function registerGaps(program: Command, deps: CommandDeps): void {
  program
    .command('gaps')
    .description('(not yet implemented)')
    .action(() => {
      deps.ctx.stderr('smartcity: gaps is not implemented yet\n');
      deps.setExitCode(2);
    });
}
