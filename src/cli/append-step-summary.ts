import { appendFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { findingMessage } from '../core/findings/format-finding.js';
import type { Lang } from '../core/findings/finding.js';
import { systemReason } from '../io/files/system-reason.js';
import type { CliContext } from './context.js';

/**
 * Appends Markdown to the file GitHub Actions names in `$GITHUB_STEP_SUMMARY` (spec §11); does
 * nothing when the variable is unset. Never fails the run: the summary is a courtesy, the
 * findings and the exit code are the result, so a file that cannot be written is said on stderr.
 */
export async function appendStepSummary(
  ctx: CliContext,
  markdown: string,
  lang: Lang,
): Promise<void> {
  const target = ctx.env.GITHUB_STEP_SUMMARY;
  if (target === undefined || target === '') return;
  const path = isAbsolute(target) ? target : resolve(ctx.cwd, target);
  try {
    await appendFile(path, markdown, 'utf8');
  } catch (error) {
    const message = findingMessage(
      { code: 'RUN_STEP_SUMMARY_NOT_WRITTEN', args: { path: target, reason: systemReason(error) } },
      lang,
    );
    ctx.stderr(`smartcity: ${message}\n`);
  }
}
