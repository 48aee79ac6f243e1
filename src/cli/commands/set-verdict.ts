import type { ResolvedSet } from '../../core/set/resolved-set.js';
import type { LoadedSet } from '../../io/yaml/read-indicator-set.js';
import { findingsText } from '../../render/terminal/findings-text.js';
import type { CommandDeps } from '../command-deps.js';
import { textStyle, type GlobalOptions } from '../global-options.js';

/**
 * What `indicators check` and `indicators compile` say first about a set: its findings on stderr
 * (errors only with --quiet), like every command's findings (spec §1); for an invalid set, also
 * the verdict on stdout and exit 2. Returns the set when it is valid, for the command to go on.
 */
export function setVerdict(
  deps: CommandDeps,
  options: GlobalOptions,
  loaded: LoadedSet,
): ResolvedSet | null {
  const errors = loaded.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = loaded.findings.filter((finding) => finding.severity === 'warning').length;
  const shown = options.quiet
    ? loaded.findings.filter((finding) => finding.severity === 'error')
    : loaded.findings;
  deps.ctx.stderr(findingsText(shown, options.lang, textStyle(deps.ctx, options, 'stderr')));
  if (loaded.set !== null) return loaded.set;
  deps.ctx.stdout(
    options.lang === 'vi'
      ? `${loaded.file}: không hợp lệ — ${errors} lỗi, ${warnings} cảnh báo.\n`
      : `${loaded.file}: invalid — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`,
  );
  deps.setExitCode(2);
  return null;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
