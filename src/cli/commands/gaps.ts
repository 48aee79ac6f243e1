import { Option, type Command } from 'commander';
import { CannotRunError } from '../../core/cannot-run-error.js';
import { foldText } from '../../core/fold-text.js';
import type { EntityScore } from '../../core/report.js';
import { gapsJson } from '../../render/gaps-json.js';
import { gapsTable } from '../../render/gaps-table.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, textStyle } from '../global-options.js';
import { addInputOptions, parseInputOptions } from '../input-options.js';
import { loadScorable, positiveInteger, printFindings } from './score.js';

interface GapsFlags {
  top?: string;
  format: 'table' | 'json';
}

/**
 * `smartcity gaps <file>` (spec §1): the prioritised gap list of one entity. A file holding
 * several entities (a wide table) must be narrowed with --province; otherwise exit 2 with that
 * hint, because silently picking the first row would show the wrong province's gaps.
 * Writes nothing; invalid data exits 1 like `score`.
 */
export function registerGaps(program: Command, deps: CommandDeps): void {
  const command = program
    .command('gaps')
    .description('print the prioritised gap list of one entity')
    .argument('<file>', 'data file (.csv, .xlsx)');
  addInputOptions(command);
  command
    .option('--top <n>', 'show only the first n gaps (default: all)')
    .addOption(
      new Option('--format <format>', 'what goes to stdout')
        .choices(['table', 'json'])
        .default('table'),
    )
    .action(async (file: string, flags: GapsFlags, self: Command) => {
      const { ctx } = deps;
      const globals = globalOptions(self);
      const input = parseInputOptions(self.opts());
      const top =
        flags.top === undefined ? undefined : positiveInteger(flags.top, '--top', globals);

      const loaded = await loadScorable(deps, globals, input, [file.normalize('NFC')]);
      if (loaded === null) return;
      const { report } = loaded;
      const entity = pickEntity(report.entities, input.province ?? null, globals.lang);

      ctx.stdout(
        flags.format === 'json'
          ? gapsJson(report, entity, { lang: globals.lang, top })
          : gapsTable(report, entity, {
              lang: globals.lang,
              top,
              style: textStyle(ctx, globals, 'stdout'),
            }),
      );
      printFindings(ctx, globals, report.findings);
      deps.setExitCode(0);
    });
}

/**
 * The one entity to show. With several, --province narrows them by province code, province name
 * or label (folded: case, diacritics and punctuation ignored) in case the binder kept them all.
 */
function pickEntity(
  entities: readonly EntityScore[],
  province: string | null,
  lang: 'vi' | 'en',
): EntityScore {
  let candidates = entities;
  if (candidates.length > 1 && province !== null) {
    const wanted = foldText(province);
    candidates = candidates.filter(
      (e) =>
        foldText(e.label) === wanted ||
        (e.province !== null &&
          (e.province.code === province.trim() || foldText(e.province.name) === wanted)),
    );
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only !== undefined) return only;
  const labels = entities
    .slice(0, 5)
    .map((e) => e.label)
    .join(', ');
  throw new CannotRunError(
    lang === 'vi'
      ? `gaps cần đúng một đơn vị; tệp có ${entities.length} (${labels}${entities.length > 5 ? ', …' : ''})`
      : `gaps needs exactly one entity; the file has ${entities.length} (${labels}${entities.length > 5 ? ', …' : ''})`,
    lang === 'vi'
      ? 'chọn một đơn vị với --province <tên|mã>'
      : 'pick one with --province <name|code>',
  );
}
