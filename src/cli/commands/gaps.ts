import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';
import { dataCommand, stdoutFormatOption } from './data-command.js';
import type { GapsFlags } from './gaps-run.js';

/**
 * `smartcity gaps <file>` (spec §1): the prioritised gap list of one entity. A file holding
 * several entities (a wide table) must be narrowed with --province; otherwise exit 2 with that
 * hint, because silently picking the first row would show the wrong province's gaps.
 * Writes nothing; invalid data exits 1 like `score`.
 */
export function registerGaps(program: Command, deps: CommandDeps): void {
  dataCommand(program, 'gaps', 'print the prioritised gap list of one entity', [
    ['<file>', 'data file (.csv, .xlsx)'],
  ])
    .option('--top <n>', 'show only the first n gaps (default: all)')
    .addOption(stdoutFormatOption())
    .action(async (file: string, flags: GapsFlags, self: Command) => {
      // Lazy: readers, scoring and renderers load only when gaps runs.
      const { runGaps } = await import('./gaps-run.js');
      await runGaps(deps, file, flags, self);
    });
}
