import { createRequire } from 'node:module';
import type { Chalk as ChalkClass, ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import type { Lang } from '../core/findings/finding.js';
import { plainStyle, type TextStyle } from '../render/terminal/text-style.js';
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
  // Without colour chalk would return every text unchanged, so it is not even loaded (~30 ms).
  if (!(options.color && tty && !noColorEnv)) return plainStyle;
  const chalk = colourChalk();
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

let chalkInstance: ChalkInstance | undefined;

/** chalk at level 1, loaded on first use (require of an ES module: Node ≥ 20.19). */
function colourChalk(): ChalkInstance {
  if (chalkInstance === undefined) {
    const { Chalk } = createRequire(import.meta.url)('chalk') as { Chalk: typeof ChalkClass };
    chalkInstance = new Chalk({ level: 1 });
  }
  return chalkInstance;
}
