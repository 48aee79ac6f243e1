import { Chalk } from 'chalk';
import type { Command } from 'commander';
import type { Lang } from '../core/finding.js';
import type { TextStyle } from '../render/text-style.js';
import type { CliContext } from './context.js';

export interface GlobalOptions {
  set: string | undefined;
  lang: Lang;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

/** The global options as seen from any subcommand (they may be given before or after it). */
export function globalOptions(command: Command): GlobalOptions {
  const all = command.optsWithGlobals<{
    set?: string;
    lang?: Lang;
    color?: boolean;
    quiet?: boolean;
    debug?: boolean;
  }>();
  return {
    set: all.set === undefined ? undefined : all.set.normalize('NFC'),
    lang: all.lang ?? 'vi',
    color: all.color !== false,
    quiet: all.quiet === true,
    debug: all.debug === true,
  };
}

/** Colour only on a TTY, never with NO_COLOR or --no-color. */
export function textStyle(
  ctx: CliContext,
  options: GlobalOptions,
  stream: 'stdout' | 'stderr',
): TextStyle {
  const tty = stream === 'stdout' ? ctx.stdoutIsTTY : ctx.stderrIsTTY;
  const noColorEnv = ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '';
  const level = options.color && tty && !noColorEnv ? 1 : 0;
  const chalk = new Chalk({ level });
  const bandColours: Record<string, (text: string) => string> = {
    achieved: chalk.green,
    near: chalk.cyan,
    far: chalk.yellow,
    critical: chalk.red,
    missing: chalk.dim,
  };
  return {
    bold: chalk.bold,
    dim: chalk.dim,
    red: chalk.red,
    yellow: chalk.yellow,
    green: chalk.green,
    cyan: chalk.cyan,
    band: (bandId, text) =>
      bandId !== null && Object.hasOwn(bandColours, bandId) ? bandColours[bandId]!(text) : text,
  };
}
