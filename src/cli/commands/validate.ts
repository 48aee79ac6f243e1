import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** `smartcity validate` — placeholder until its issue lands. */
export function registerValidate(program: Command, deps: CommandDeps): void {
  program
    .command('validate')
    .description('(not yet implemented)')
    .action(() => {
      deps.ctx.stderr('smartcity: validate is not implemented yet\n');
      deps.setExitCode(2);
    });
}
