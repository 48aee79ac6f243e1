import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CannotRunError } from '../core/findings/cannot-run-error.js';
import type { Lang } from '../core/findings/finding.js';

type ReportFormat = 'xlsx' | 'json' | 'csv';

export interface OutputTarget {
  path: string;
  format: ReportFormat;
}

const FORMATS: Readonly<Record<string, ReportFormat>> = {
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.csv': 'csv',
};

/**
 * Where `score` writes its report (spec §1): `-o` as given (its extension picks the format), else
 * for one input `X/name.ext` → `X/name.report.xlsx`, for several inputs `./smartcity-report.xlsx`
 * in the working directory. Anything but .xlsx/.json/.csv is refused (exit 2).
 */
export function outputTarget(
  out: string | undefined,
  inputs: readonly string[],
  cwd: string,
  lang: Lang,
): OutputTarget {
  if (out !== undefined) {
    const path = resolve(cwd, out);
    const format = FORMATS[extname(path).toLowerCase()];
    if (format === undefined) {
      throw new CannotRunError(
        lang === 'vi'
          ? `không ghi được báo cáo dạng "${extname(path) || basename(path)}"`
          : `cannot write a report as "${extname(path) || basename(path)}"`,
        lang === 'vi'
          ? 'dùng -o tên.xlsx, tên.json hoặc tên.csv'
          : 'use -o name.xlsx, name.json or name.csv',
      );
    }
    return { path, format };
  }
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only === undefined) return { path: join(cwd, 'smartcity-report.xlsx'), format: 'xlsx' };
  const input = resolve(cwd, only);
  const stem = basename(input, extname(input));
  return { path: join(dirname(input), `${stem}.report.xlsx`), format: 'xlsx' };
}

/**
 * Refuses a report path that is an input (spec §1, reliability O2) or that cannot be written: the
 * output directory must exist and be writable, the path must not be a directory. "Is an input"
 * is decided by realpath and by device + inode, so symlinks, `..`, hard links and a different
 * letter case on a case-insensitive disk are all caught.
 */
export async function checkOutputPath(
  path: string,
  inputs: readonly string[],
  cwd: string,
  lang: Lang,
): Promise<void> {
  const vi = lang === 'vi';
  const dir = dirname(path);
  const dirStat = await stat(dir).catch(() => null);
  if (dirStat === null || !dirStat.isDirectory()) {
    throw new CannotRunError(
      vi ? `thư mục "${dir}" không tồn tại` : `the directory "${dir}" does not exist`,
    );
  }
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new CannotRunError(
      vi ? `không ghi được vào thư mục "${dir}"` : `cannot write to the directory "${dir}"`,
    );
  }
  const target = await stat(path).catch(() => null);
  if (target === null) return;
  if (target.isDirectory()) {
    throw new CannotRunError(vi ? `"${path}" là một thư mục` : `"${path}" is a directory`);
  }
  const targetReal = await realpath(path);
  for (const input of inputs) {
    const inputPath = resolve(cwd, input);
    const inputStat = await stat(inputPath).catch(() => null);
    if (inputStat === null) continue;
    const sameFile =
      target.ino !== 0 && inputStat.dev === target.dev && inputStat.ino === target.ino;
    const inputReal = await realpath(inputPath).catch(() => inputPath);
    if (sameFile || inputReal === targetReal) {
      throw new CannotRunError(
        vi
          ? `báo cáo "${path}" sẽ ghi đè lên tệp đầu vào "${input}"`
          : `the report "${path}" would overwrite the input "${input}"`,
        vi ? 'chọn tên khác với -o' : 'choose another name with -o',
      );
    }
  }
}
