import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** `smartcity template` — placeholder until its issue lands. */
export function registerTemplate(program: Command, deps: CommandDeps): void {
  program
    .command('template')
    .description('(not yet implemented)')
    .action(() => {
      deps.ctx.stderr('smartcity: template is not implemented yet\n');
      deps.setExitCode(2);
    });
}
