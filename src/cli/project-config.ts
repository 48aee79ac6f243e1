import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import type { ProjectConfig } from '../core/config/project-config-schema.js';
import { CannotRunError } from '../core/findings/cannot-run-error.js';
import type { Finding } from '../core/findings/finding.js';
import { findProjectConfig } from '../io/config/find-project-config.js';
import { readProjectConfig } from '../io/config/read-project-config.js';
import type { CliContext } from './context.js';

export interface ProjectConfigState {
  /** The settings to apply (empty without a file, or when it is invalid). */
  config: ProjectConfig;
  /** Why the run cannot go on, raised when a command is about to run (so --help still works). */
  error: CannotRunError | null;
  /** The file's findings, printed before the error. */
  findings: Finding[];
}

const NONE: ProjectConfigState = { config: {}, error: null, findings: [] };

/**
 * The project configuration of this run (spec §11): `--no-config` none, `--config <path>` that
 * file, else `smartcity.config.yaml` found upward from the cwd. Read before commander parses
 * the command line, because the configured `lang` decides the language of commander's own
 * messages. Never throws for a bad or missing file: that is kept in `error` for later.
 */
export async function loadProjectConfig(
  args: readonly string[],
  ctx: CliContext,
): Promise<ProjectConfigState> {
  const given = configArgument(args);
  if (given === false) return NONE;
  const path = given === null ? await findProjectConfig(ctx.cwd) : resolve(ctx.cwd, given);
  if (path === null) return NONE;
  try {
    const { config, findings } = await readProjectConfig(path, shownPath(path, ctx.cwd));
    if (config !== null) return { config, error: null, findings };
    const error = CannotRunError.of('RUN_CONFIG_INVALID', { file: shownPath(path, ctx.cwd) });
    return { config: {}, error, findings };
  } catch (error) {
    if (error instanceof CannotRunError) return { config: {}, error, findings: [] };
    throw error;
  }
}

/**
 * The configured values as option values of the command about to run and of its parents, for
 * every option the user did not give: command-line flags win, then the file, then defaults.
 * A key that names no option of this command (`strict` for `provinces`) is simply not used.
 */
export function applyProjectConfig(command: Command, config: ProjectConfig): void {
  for (let cmd: Command | null = command; cmd !== null; cmd = cmd.parent) {
    for (const option of cmd.options) {
      const key = option.attributeName();
      if (option.negate || !Object.hasOwn(config, key)) continue;
      const source = cmd.getOptionValueSource(key);
      if (source !== undefined && source !== 'default') continue;
      const value = config[key as keyof ProjectConfig];
      // A flag takes the boolean; an option with a value takes the text a user would type.
      cmd.setOptionValueWithSource(key, option.isBoolean() ? value : String(value), 'config');
    }
  }
}

/** `--no-config` → false, `--config <path>` → the path, neither → null (the last one wins). */
function configArgument(args: readonly string[]): string | false | null {
  let result: string | false | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--no-config') result = false;
    else if (arg === '--config' && i + 1 < args.length) result = args[++i]!;
    else if (arg.startsWith('--config=')) result = arg.slice('--config='.length);
  }
  return result;
}

function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return inside ? rel.split(sep).join('/') : path;
}
