import type { Command } from 'commander';
import { validateGithub } from '../../render/formats/validate-github.js';
import { validateJson } from '../../render/formats/validate-json.js';
import { validateStepSummary } from '../../render/formats/validate-step-summary.js';
import { validateSummary } from '../../render/formats/validate-summary.js';
import { validateText } from '../../render/terminal/validate-text.js';
import { appendStepSummary } from '../append-step-summary.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, textStyle } from '../global-options.js';
import { parseInputOptions } from '../input-options.js';
import { loadInputs, resolveInputs } from '../load-inputs.js';
import { progressLine } from '../progress-line.js';
import { findingsText } from '../../render/terminal/findings-text.js';
import { loadSet } from '../load-set.js';
import { ciFormatOutput, isCiFormat } from './validate-ci-formats.js';

type ValidateFormat = 'text' | 'json' | 'github' | 'junit' | 'sarif' | 'gitlab';

/** The action of `smartcity validate`, loaded only when that command runs. */
export async function runValidate(
  deps: CommandDeps,
  files: string[],
  raw: Record<string, unknown>,
  cmd: Command,
): Promise<void> {
  const globals = globalOptions(cmd);
  const options = parseInputOptions(raw);
  const set = await loadSet(deps, globals);
  const expanded = await resolveInputs(deps, files, options);
  // Spec §7: a progress line while the files are read, on a terminal only; erased before output.
  const progress = progressLine(
    { isTTY: deps.ctx.stderrIsTTY, write: deps.ctx.stderr },
    { lang: globals.lang, enabled: !globals.quiet, now: () => deps.ctx.now().getTime() },
  );
  const count = expanded.inputs.length;
  let inputs;
  try {
    inputs = await loadInputs(deps, expanded.inputs, options, set, 'summary', (read, entities) =>
      progress.update({ read, files: count, entities, phase: 'reading' }),
    );
  } finally {
    progress.clear();
  }
  // A pattern or directory that matched nothing, while others did: said on stderr (spec §6).
  if (expanded.findings.length > 0 && !globals.quiet) {
    deps.ctx.stderr(
      findingsText(expanded.findings, globals.lang, textStyle(deps.ctx, globals, 'stderr')),
    );
  }
  const summary = validateSummary(
    inputs.sources.map((source, i) => ({
      file: source.file,
      path: source.path,
      dataset: inputs.datasets[i]!,
      coverage: inputs.coverage[i]!,
    })),
    options.strict,
  );
  const format = raw.format as ValidateFormat;
  const output = isCiFormat(format)
    ? ciFormatOutput(format, summary, globals.lang)
    : format === 'json'
      ? validateJson(summary, globals.lang)
      : format === 'github'
        ? validateGithub(summary, globals.lang)
        : validateText(
            summary,
            globals.lang,
            textStyle(deps.ctx, globals, 'stdout'),
            globals.quiet,
          );
  deps.ctx.stdout(output);
  if (format === 'github') {
    await appendStepSummary(deps.ctx, validateStepSummary(summary, globals.lang), globals.lang);
  }
  deps.setExitCode(summary.valid ? 0 : 1);
}
