import { Option, type Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';
import { addInputOptions } from '../input-options.js';

const FORMATS = ['text', 'json', 'github', 'junit', 'sarif', 'gitlab'] as const;

/**
 * `smartcity validate <files...>` (spec §1): reads and binds every file, prints every finding
 * (they are the result, so they go to stdout) and a summary; writes nothing. Exit 1 when any
 * file has an error (or a warning with --strict), 2 when it cannot run.
 */
export function registerValidate(program: Command, deps: CommandDeps): void {
  const command = program
    .command('validate')
    .description('check data files against the indicator set; prints findings, writes nothing')
    .argument('<files...>', 'CSV or Excel files')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'));
  addInputOptions(command).action(
    async (files: string[], raw: Record<string, unknown>, cmd: Command) => {
      // Lazy: readers, binder and renderers load only when validate runs.
      const { runValidate } = await import('./validate-run.js');
      await runValidate(deps, files, raw, cmd);
    },
  );
}
