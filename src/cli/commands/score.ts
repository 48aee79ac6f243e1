import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** `smartcity score` — placeholder until its issue lands. */
export function registerScore(program: Command, deps: CommandDeps): void {
  program
    .command('score')
    .description('(not yet implemented)')
    .action(() => {
      deps.ctx.stderr('smartcity: score is not implemented yet\n');
      deps.setExitCode(2);
    });
}
