import { Option, type Command } from 'commander';
import { validateGithub } from '../../render/validate-github.js';
import { validateJson } from '../../render/validate-json.js';
import { validateSummary } from '../../render/validate-summary.js';
import { validateText } from '../../render/validate-text.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, textStyle } from '../global-options.js';
import { addInputOptions, parseInputOptions } from '../input-options.js';
import { loadInputs } from '../load-inputs.js';
import { loadSet } from '../load-set.js';

const FORMATS = ['text', 'json', 'github'] as const;

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
      const globals = globalOptions(cmd);
      const options = parseInputOptions(raw);
      const set = await loadSet(deps, globals);
      const inputs = await loadInputs(deps, files, options, set);
      const summary = validateSummary(
        inputs.sources.map((source, i) => ({
          file: source.file,
          path: source.path,
          dataset: inputs.datasets[i]!,
        })),
        options.strict,
      );
      const format = raw.format as (typeof FORMATS)[number];
      const output =
        format === 'json'
          ? validateJson(summary, globals.lang)
          : format === 'github'
            ? validateGithub(summary, globals.lang)
            : validateText(
                summary,
                globals.lang,
                textStyle(deps.ctx, globals, 'stdout'),
                globals.quiet,
              );
      deps.ctx.stdout(output);
      deps.setExitCode(summary.valid ? 0 : 1);
    },
  );
}
