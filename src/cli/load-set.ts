import { CannotRunError } from '../core/findings/cannot-run-error.js';
import type { ResolvedSet } from '../core/set/resolved-set.js';
import { readIndicatorSet } from '../io/yaml/read-indicator-set.js';
import { findingsText } from '../render/terminal/findings-text.js';
import type { CommandDeps } from './command-deps.js';
import { textStyle, type GlobalOptions } from './global-options.js';
import { toolVersion } from './tool-version.js';

/**
 * The set every command works with (--set or the bundled default). An invalid set prints its
 * findings on stderr and throws CannotRunError (exit 2); warnings are printed and the set is used.
 */
export async function loadSet(deps: CommandDeps, options: GlobalOptions): Promise<ResolvedSet> {
  const loaded = await readIndicatorSet(options.set, deps.ctx.cwd, {
    tool: toolVersion(),
    cacheDir: deps.ctx.cacheDir,
  });
  const style = textStyle(deps.ctx, options, 'stderr');
  if (loaded.set === null) {
    deps.ctx.stderr(findingsText(loaded.findings, options.lang, style));
    throw CannotRunError.of('RUN_SET_INVALID', { file: loaded.file });
  }
  if (loaded.findings.length > 0 && !options.quiet) {
    deps.ctx.stderr(findingsText(loaded.findings, options.lang, style));
  }
  return loaded.set;
}
