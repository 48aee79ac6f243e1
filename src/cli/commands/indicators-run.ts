import type { Command } from 'commander';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { setDidYouMean } from '../../core/set/set-did-you-mean.js';
import { readIndicatorSet } from '../../io/yaml/read-indicator-set.js';
import { findingsText } from '../../render/terminal/findings-text.js';
import { indicatorsDetail } from '../../render/terminal/indicators-detail.js';
import { indicatorJson, indicatorsJson } from '../../render/formats/indicators-json.js';
import { indicatorsTable } from '../../render/terminal/indicators-table.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, textStyle } from '../global-options.js';
import { loadSet } from '../load-set.js';

/** The action of `smartcity indicators [code]`, loaded only when that command runs. */
export async function runIndicators(
  deps: CommandDeps,
  code: string | undefined,
  opts: { format: 'table' | 'json' },
  command: Command,
): Promise<void> {
  const options = globalOptions(command);
  const set = await loadSet(deps, options);
  const style = textStyle(deps.ctx, options, 'stdout');
  if (code === undefined) {
    deps.ctx.stdout(
      opts.format === 'json'
        ? indicatorsJson(set, options.lang)
        : indicatorsTable(set, options.lang, style),
    );
    return;
  }
  const wanted = code.normalize('NFC').trim().toLowerCase();
  const indicator = set.indicators.find((candidate) => candidate.code.toLowerCase() === wanted);
  if (!indicator) {
    const suggestion = setDidYouMean(
      code,
      set.indicators.map((candidate) => candidate.code),
    );
    const where = `${set.id} ${set.version}`;
    throw suggestion
      ? CannotRunError.of('RUN_INDICATOR_UNKNOWN', { code, set: where, suggestion })
      : CannotRunError.of('RUN_INDICATOR_NOT_FOUND', { code, set: where });
  }
  deps.ctx.stdout(
    opts.format === 'json'
      ? `${JSON.stringify(indicatorJson(indicator, options.lang), null, 2)}\n`
      : indicatorsDetail(set, indicator, options.lang, style),
  );
}

/** The action of `smartcity indicators check <set>`, loaded only when that command runs. */
export async function runIndicatorsCheck(
  deps: CommandDeps,
  ref: string,
  command: Command,
): Promise<void> {
  const options = globalOptions(command);
  const loaded = await readIndicatorSet(ref.normalize('NFC'), deps.ctx.cwd);
  const errors = loaded.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = loaded.findings.filter((finding) => finding.severity === 'warning').length;
  const shown = options.quiet
    ? loaded.findings.filter((finding) => finding.severity === 'error')
    : loaded.findings;
  // Findings go to stderr like every command's findings (spec §1); the verdict is the result.
  deps.ctx.stderr(findingsText(shown, options.lang, textStyle(deps.ctx, options, 'stderr')));
  const set = loaded.set;
  if (set === null) {
    deps.ctx.stdout(
      options.lang === 'vi'
        ? `${loaded.file}: không hợp lệ — ${errors} lỗi, ${warnings} cảnh báo.\n`
        : `${loaded.file}: invalid — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`,
    );
    deps.setExitCode(2);
    return;
  }
  const scored = set.indicators.filter((indicator) => indicator.scoring.method !== 'info').length;
  const points = set.indicators.reduce((sum, indicator) => sum + indicator.points, 0);
  const shownPoints = String(Math.round(points * 1e6) / 1e6);
  deps.ctx.stdout(
    options.lang === 'vi'
      ? `${loaded.file}: hợp lệ — ${set.id} ${set.version}, ${set.groups.length} nhóm, ${set.indicators.length} chỉ số (${scored} chấm điểm), ${shownPoints} điểm, ${warnings} cảnh báo.\n`
      : `${loaded.file}: valid — ${set.id} ${set.version}, ${plural(set.groups.length, 'group')}, ${plural(set.indicators.length, 'indicator')} (${scored} scored), ${shownPoints} points, ${plural(warnings, 'warning')}.\n`,
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
