import { basename, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import type { ProvinceUnit } from '../../core/province/province-unit.js';
import { resolveProvince } from '../../core/province/resolve-province.js';
import type { CommandDeps } from '../command-deps.js';
import { yearOf } from '../input-options.js';
import { globalOptions } from '../global-options.js';
import { loadSet } from '../load-set.js';
import { checkOutputPath } from '../output-path.js';
import { reportDate } from '../report-date.js';
import { writeOutput } from '../write-output.js';

interface TemplateFlags {
  out?: string;
  province?: string;
  year?: string;
}

/**
 * `smartcity template` (spec §4.4): writes a data-entry workbook for the set, optionally with the
 * province and year filled in. `-o` defaults to `template-<set id>.xlsx` in the working
 * directory; an existing file there is replaced (atomically), as with reports.
 */
export function registerTemplate(program: Command, deps: CommandDeps): void {
  program
    .command('template')
    .description('write a data-entry workbook (.xlsx) for an indicator set')
    .option('-o, --out <path>', 'where to write the template (.xlsx); default template-<set>.xlsx')
    .option('--province <name|code>', 'pre-fill the province')
    .option('--year <yyyy>', 'pre-fill the reporting year')
    .action(async (flags: TemplateFlags, self: Command) => {
      const { ctx } = deps;
      const globals = globalOptions(self);
      const lang = globals.lang;
      // A template is for a round to come: no year before 2000.
      const year = yearOf(flags.year ?? null, 2000);
      const province =
        flags.province === undefined ? null : provinceOf(flags.province.normalize('NFC'), year);

      const set = await loadSet(deps, globals);
      const path = resolve(ctx.cwd, flags.out?.normalize('NFC') ?? `template-${set.id}.xlsx`);
      if (extname(path).toLowerCase() !== '.xlsx') {
        throw CannotRunError.of('RUN_TEMPLATE_FORMAT', { name: basename(path) });
      }
      await checkOutputPath(path, [], ctx.cwd);

      // Lazy: only this command and xlsx reports load the workbook writer.
      const { templateWorkbook } = await import('../../render/workbook/template-workbook.js');
      const bytes = await templateWorkbook(set, {
        lang,
        province: province === null ? null : { code: province.code, name: province.name },
        year,
        date: reportDate(ctx),
      });
      await writeOutput(ctx, globals, path, bytes, { vi: 'Mẫu nhập liệu', en: 'Template' });
      deps.setExitCode(0);
    });
}

/** The unit named by --province; anything but one clear current unit cannot run (exit 2). */
function provinceOf(text: string, year: number | null): ProvinceUnit {
  const result = resolveProvince(text, { year });
  const names = (units: readonly ProvinceUnit[]): string =>
    units
      .slice(0, 5)
      .map((unit) => `${unit.name} (${unit.code})`)
      .join(', ');
  switch (result.kind) {
    case 'ok':
      return result.unit;
    case 'unknown':
      throw result.suggestions.length === 0
        ? CannotRunError.of('RUN_PROVINCE_NOT_FOUND', { name: text })
        : CannotRunError.of('RUN_PROVINCE_UNKNOWN', {
            name: text,
            suggestions: names(result.suggestions),
          });
    case 'ambiguous':
      throw CannotRunError.of('RUN_PROVINCE_AMBIGUOUS', {
        name: text,
        candidates: names(result.candidates),
      });
    case 'retired':
      throw CannotRunError.of('RUN_PROVINCE_MERGED', {
        name: result.unit.name,
        successor: result.successor.name,
        code: result.successor.code,
        date: dayAfter(result.unit.validTo ?? '2025-06-30'),
      });
  }
}

/** The ISO date after `date`: the first day of the successor ("merged on 2025-07-01"). */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
