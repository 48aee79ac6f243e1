import type { Command } from 'commander';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { setDidYouMean } from '../../core/set/set-did-you-mean.js';
import { readIndicatorSet } from '../../io/yaml/read-indicator-set.js';
import { indicatorsDetail } from '../../render/terminal/indicators-detail.js';
import { indicatorJson, indicatorsJson } from '../../render/formats/indicators-json.js';
import { indicatorsTable } from '../../render/terminal/indicators-table.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions, textStyle } from '../global-options.js';
import { loadSet } from '../load-set.js';
import { toolVersion } from '../tool-version.js';
import { plural, setVerdict } from './set-verdict.js';

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
  const loaded = await readIndicatorSet(ref.normalize('NFC'), deps.ctx.cwd, {
    tool: toolVersion(),
    cacheDir: deps.ctx.cacheDir,
  });
  const set = setVerdict(deps, options, loaded);
  if (set === null) return;
  const warnings = loaded.findings.filter((finding) => finding.severity === 'warning').length;
  const scored = set.indicators.filter((indicator) => indicator.scoring.method !== 'info').length;
  const points = set.indicators.reduce((sum, indicator) => sum + indicator.points, 0);
  const shownPoints = String(Math.round(points * 1e6) / 1e6);
  deps.ctx.stdout(
    options.lang === 'vi'
      ? `${loaded.file}: hợp lệ — ${set.id} ${set.version}, ${set.groups.length} nhóm, ${set.indicators.length} chỉ số (${scored} chấm điểm), ${shownPoints} điểm, ${warnings} cảnh báo.\n`
      : `${loaded.file}: valid — ${set.id} ${set.version}, ${plural(set.groups.length, 'group')}, ${plural(set.indicators.length, 'indicator')} (${scored} scored), ${shownPoints} points, ${plural(warnings, 'warning')}.\n`,
  );
}
