import { Option, type Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';
import { addInputOptions } from '../input-options.js';
import type { ScoreFlags } from './score-run.js';

/**
 * `smartcity score <files...>` (spec §1): score every entity of every file, print the summary
 * (or JSON) on stdout, findings on stderr, and export the report atomically. Invalid data exits 1
 * and writes nothing; a forbidden or unwritable report path exits 2 before any input is read.
 */
export function registerScore(program: Command, deps: CommandDeps): void {
  const command = program
    .command('score')
    .description('score data files, print a summary, export a report (.xlsx, .json, .csv or .html)')
    .argument('<files...>', 'data files (.csv, .xlsx)');
  addInputOptions(command);
  command
    .option(
      '-o, --out <path>',
      'report path; the extension picks the format (.xlsx, .json, .csv, .html)',
    )
    .option('--no-export', 'print only; write no report')
    .addOption(
      new Option('--format <format>', 'what goes to stdout')
        .choices(['table', 'json'])
        .default('table'),
    )
    .option('--top <n>', 'gaps shown in the terminal', '5')
    .addOption(
      new Option('--expect <units>', 'list the units of the round with no submission').choices([
        'all',
      ]),
    )
    .option(
      '--keep-going',
      'reject invalid files, score and rank the rest (exit 1 when any file was rejected)',
    )
    .addOption(
      // A per-unit report is a report: asking for them and for no export is a contradiction.
      new Option(
        '--split <dir>',
        'also write one workbook per entity, with its national rank, into this folder',
      ).conflicts('export'),
    )
    .addOption(
      new Option(
        '--rollup <mode>',
        'bring pre-2025 data to the 34 units of 2025: mean of achievements (scores, DTI 2024) or of values',
      ).choices(['scores', 'values']),
    )
    .action(async (files: string[], flags: ScoreFlags, self: Command) => {
      // Lazy: the action's modules (readers, scoring, renderers) load only when score runs.
      const { runScore } = await import('./score-run.js');
      await runScore(deps, files, flags, self);
    });
}
