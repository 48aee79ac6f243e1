import type { ResolvedSet } from '../core/resolved-set.js';
import type { CommandDeps } from './command-deps.js';
import type { GlobalOptions } from './global-options.js';

/**
 * The set every command works with (--set or the bundled default). An invalid set prints its
 * findings on stderr and throws CannotRunError (exit 2).
 */
export async function loadSet(_deps: CommandDeps, _options: GlobalOptions): Promise<ResolvedSet> {
  throw new Error('loadSet: not implemented yet');
}
