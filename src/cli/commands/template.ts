import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import type { Lang } from '../../core/findings/finding.js';
import type { ProvinceUnit } from '../../core/province/province-unit.js';
import { resolveProvince } from '../../core/province/resolve-province.js';
import { writeAtomic } from '../../io/files/write-atomic.js';
import type { CommandDeps } from '../command-deps.js';
import type { CliContext } from '../context.js';
import { globalOptions } from '../global-options.js';
import { loadSet } from '../load-set.js';
import { checkOutputPath } from '../output-path.js';
import { pendingTempFiles, withTempCleanup } from '../temp-files.js';

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
      const year = flags.year === undefined ? null : parseYear(flags.year, lang);
      const province =
        flags.province === undefined
          ? null
          : provinceOf(flags.province.normalize('NFC'), year, lang);

      const set = await loadSet(deps, globals);
      const path = resolve(ctx.cwd, flags.out?.normalize('NFC') ?? `template-${set.id}.xlsx`);
      if (extname(path).toLowerCase() !== '.xlsx') {
        throw new CannotRunError(
          lang === 'vi'
            ? `mẫu nhập liệu phải là tệp .xlsx, không phải "${basename(path)}"`
            : `the template must be an .xlsx file, not "${basename(path)}"`,
          lang === 'vi' ? 'dùng -o tên.xlsx' : 'use -o name.xlsx',
        );
      }
      await checkOutputPath(path, [], ctx.cwd, lang);

      // Lazy: only this command and xlsx reports pay for ExcelJS.
      const { templateWorkbook } = await import('../../render/workbook/template-workbook.js');
      const bytes = await templateWorkbook(set, {
        lang,
        province: province === null ? null : { code: province.code, name: province.name },
        year,
        date: sourceDate(ctx),
      });
      try {
        await withTempCleanup(() => writeAtomic(path, bytes, { pending: pendingTempFiles }));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CannotRunError(
          lang === 'vi'
            ? `không ghi được mẫu "${path}": ${reason}`
            : `cannot write the template "${path}": ${reason}`,
          lang === 'vi'
            ? 'đóng tệp nếu đang mở trong Excel, hoặc chọn chỗ khác với -o'
            : 'close the file if it is open in Excel, or choose another path with -o',
        );
      }
      if (!globals.quiet) {
        ctx.stderr(
          `${lang === 'vi' ? 'Mẫu nhập liệu' : 'Template'}: ${displayPath(path, ctx.cwd)}\n`,
        );
      }
      deps.setExitCode(0);
    });
}

function parseYear(text: string, lang: Lang): number {
  const trimmed = text.trim();
  const year = /^\d{4}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(year >= 2000 && year <= 2100)) {
    throw new CannotRunError(
      lang === 'vi'
        ? `--year cần một năm từ 2000 đến 2100, không phải "${text}"`
        : `--year needs a year from 2000 to 2100, not "${text}"`,
    );
  }
  return year;
}

/** The unit named by --province; anything but one clear current unit cannot run (exit 2). */
function provinceOf(text: string, year: number | null, lang: Lang): ProvinceUnit {
  const vi = lang === 'vi';
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
      throw new CannotRunError(
        vi ? `không nhận ra tỉnh/thành phố "${text}"` : `unknown province "${text}"`,
        result.suggestions.length === 0
          ? vi
            ? 'xem danh sách: smartcity provinces'
            : 'see the list: smartcity provinces'
          : `${vi ? 'có phải' : 'did you mean'}: ${names(result.suggestions)}?`,
      );
    case 'ambiguous':
      throw new CannotRunError(
        vi
          ? `"${text}" có thể là nhiều tỉnh/thành phố: ${names(result.candidates)}`
          : `"${text}" could be several provinces: ${names(result.candidates)}`,
        vi ? 'dùng mã tỉnh' : 'use the province code',
      );
    case 'retired':
      throw new CannotRunError(
        vi
          ? `${result.unit.name} đã hợp nhất vào ${result.successor.name} (${result.successor.code}) từ ${result.unit.validTo ?? '2025-07-01'}`
          : `${result.unit.name} merged into ${result.successor.name} (${result.successor.code}) after ${result.unit.validTo ?? '2025-06-30'}`,
        vi ? `dùng --province ${result.successor.code}` : `use --province ${result.successor.code}`,
      );
  }
}

/** SOURCE_DATE_EPOCH (reproducible builds) or now. */
function sourceDate(ctx: CliContext): Date {
  const epoch = ctx.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return ctx.now();
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : join(path);
}
