import { createRequire } from 'node:module';
import type { Chalk as ChalkClass, ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import type { Lang } from '../core/findings/finding.js';
import { plainStyle, type TextStyle } from '../render/terminal/text-style.js';
import type { CliContext } from './context.js';

export interface GlobalOptions {
  set: string | undefined;
  lang: Lang;
  /** --color (true), --no-color (false), neither (null: the environment and the terminal decide). */
  color: boolean | null;
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
    color: all.color ?? null,
    quiet: all.quiet === true,
    debug: all.debug === true,
  };
}

/**
 * Whether to colour a stream, the first that speaks deciding: --color / --no-color (the last
 * given), then FORCE_COLOR (on, unless `0` or `false`), then NO_COLOR (any non-empty value: off),
 * then whether the stream is a terminal. FORCE_COLOR before NO_COLOR, as Node and chalk do.
 */
function wantsColour(
  ctx: CliContext,
  options: Pick<GlobalOptions, 'color'>,
  stream: 'stdout' | 'stderr',
): boolean {
  if (options.color !== null) return options.color;
  const force = ctx.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '') return false;
  return stream === 'stdout' ? ctx.stdoutIsTTY : ctx.stderrIsTTY;
}

/** The styles of a stream: colours when wantsColour says so, else plain text. */
export function textStyle(
  ctx: CliContext,
  options: GlobalOptions,
  stream: 'stdout' | 'stderr',
): TextStyle {
  // Without colour chalk would return every text unchanged, so it is not even loaded (~30 ms).
  if (!wantsColour(ctx, options, stream)) return plainStyle;
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
