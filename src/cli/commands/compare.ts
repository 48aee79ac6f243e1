import { Option, type Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';
import { dataCommand, stdoutFormatOption } from './data-command.js';
import type { CompareFlags } from './compare-run.js';

/**
 * `smartcity compare <before> <after>` (spec §8.1): year-over-year change per entity. Each side is
 * data (scored with --set) or a JSON report of `score -o x.json`; a pre-2025 side is rolled up to
 * the 2025 units when the other is in them. Invalid data or nothing in common exits 1.
 */
export function registerCompare(program: Command, deps: CommandDeps): void {
  dataCommand(
    program,
    'compare',
    'compare two rounds: change of index, rank, groups and indicators per entity',
    [
      ['<before>', 'the earlier data file, or a JSON report of score -o x.json'],
      ['<after>', 'the later data file, or a JSON report of score -o x.json'],
    ],
  )
    .addOption(
      new Option('--rollup <mode>', 'how a pre-2025 side is rolled up to the 34 units of 2025')
        .choices(['scores', 'values'])
        .default('scores'),
    )
    .addOption(stdoutFormatOption())
    .option('-o, --out <path>', 'also write the comparison: .json, .xlsx or .html')
    .action(async (before: string, after: string, flags: CompareFlags, self: Command) => {
      // Lazy: readers, scoring and renderers load only when compare runs.
      const { runCompare } = await import('./compare-run.js');
      await runCompare(deps, [before, after], flags, self);
    });
}
