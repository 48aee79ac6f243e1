import { Option, type Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';
import { dataCommand, stdoutFormatOption } from './data-command.js';
import type { SensitivityFlags } from './sensitivity-run.js';

/**
 * `smartcity sensitivity <inputs...>` (spec §10): how robust the ranking is to the weights.
 * Reads and scores the inputs like `score` (invalid data exits 1), perturbs the max points over
 * many seeded runs, and prints each entity's rank interval; `-o` writes JSON or a workbook.
 * Option values out of range, or fewer than two entities, exit 2.
 */
export function registerSensitivity(program: Command, deps: CommandDeps): void {
  dataCommand(
    program,
    'sensitivity',
    'how robust the ranking is to the weights (Monte Carlo over the max points)',
    [['<inputs...>', 'data files (.csv, .xlsx)']],
  )
    .option('--runs <n>', 'number of runs (a whole number ≥ 1)', '1000')
    .option('--seed <n>', 'seed of the random numbers (a whole number ≥ 0)', '1')
    .option('--weights <f>', 'factors drawn from [1 − f, 1 + f], 0 ≤ f < 1', '0.25')
    .addOption(
      new Option('--perturb <what>', 'one factor per indicator or per top-level group')
        .choices(['indicators', 'groups'])
        .default('indicators'),
    )
    .option('--missing-alt', 'each run also draws the missing policy: zero or exclude')
    .addOption(stdoutFormatOption())
    .option('-o, --out <path>', 'also write the result: .json or .xlsx')
    .action(async (inputs: string[], flags: SensitivityFlags, self: Command) => {
      // Lazy: readers, scoring and renderers load only when sensitivity runs.
      const { runSensitivity } = await import('./sensitivity-run.js');
      await runSensitivity(deps, inputs, flags, self);
    });
}
