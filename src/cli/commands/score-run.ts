import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { systemReason } from '../../io/files/system-reason.js';
import type { Dataset } from '../../core/table/dataset.js';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { Lang } from '../../core/findings/finding.js';
import { missingUnits, type MissingUnit } from '../../core/score/missing-units.js';
import { rejectInputs, type RejectedInput } from '../../core/score/reject-inputs.js';
import type { Report, RollupMode } from '../../core/score/report.js';
import { rollupReport } from '../../core/rollup/rollup-report.js';
import { buildReport } from '../../core/score/build-report.js';
import { unitFileNames } from '../../core/score/unit-file-names.js';
import { unitReport } from '../../core/score/unit-report.js';
import { progressLine, type ProgressLine } from '../progress-line.js';
import { displayPath } from '../../io/files/display-path.js';
import { findingsText } from '../../render/terminal/findings-text.js';
import { reportCsvChunks } from '../../render/formats/report-csv.js';
import { reportJsonChunks } from '../../render/formats/report-json.js';
import { reportTable } from '../../render/terminal/report-table.js';
import type { CommandDeps } from '../command-deps.js';
import type { CliContext } from '../context.js';
import { globalOptions, textStyle, type GlobalOptions } from '../global-options.js';
import { parseInputOptions, type InputOptions } from '../input-options.js';
import { loadInputs, resolveInputs, selectInputEntities } from '../load-inputs.js';
import type { ExpandedInputs, ResolvedInput } from '../../io/files/expand-inputs.js';
import { loadSet } from '../load-set.js';
import { collectGarbage } from '../collect-garbage.js';
import { checkOutputPath, outputTarget, type OutputTarget } from '../output-path.js';
import { reportMeta } from '../report-meta.js';
import { writeOutput, type OutputBytes } from '../write-output.js';
import { toolVersion } from '../tool-version.js';
import { writeStdoutPieces } from '../write-stdout-pieces.js';

export interface ScoreFlags {
  out?: string;
  export: boolean;
  format: 'table' | 'json';
  top: string;
  keepGoing?: boolean;
  expect?: 'all';
  rollup?: RollupMode;
  /** Also one workbook per entity into this folder (spec §7). */
  split?: string;
}

/** The action of `smartcity score`, loaded only when that command runs. */
export async function runScore(
  outer: CommandDeps,
  files: string[],
  flags: ScoreFlags,
  self: Command,
): Promise<void> {
  const globals = globalOptions(self);
  // Spec §7: a progress line on a terminal; every other output erases it first.
  const progress = progressLine(
    { isTTY: outer.ctx.stderrIsTTY, write: outer.ctx.stderr },
    { lang: globals.lang, enabled: !globals.quiet, now: () => outer.ctx.now().getTime() },
  );
  const deps: CommandDeps = { ...outer, ctx: progress.guard(outer.ctx) };
  try {
    await scoreWith(deps, files, flags, self, progress);
  } finally {
    progress.clear();
  }
}

async function scoreWith(
  deps: CommandDeps,
  files: string[],
  flags: ScoreFlags,
  self: Command,
  progress: ProgressLine,
): Promise<void> {
  const { ctx } = deps;
  const globals = globalOptions(self);
  const input = parseInputOptions(self.opts());
  const top = positiveInteger(flags.top, '--top');
  // A report path that cannot be written (its format, a name too long for the file system, a
  // missing folder) is refused before the inputs are even looked at; the check against the
  // inputs themselves follows once they are known.
  if (flags.export && flags.out !== undefined) {
    await checkOutputPath(outputTarget(flags.out.normalize('NFC'), [], ctx.cwd).path, [], ctx.cwd);
  }
  // --split into a file is a usage error, said before anything is read (exit 2).
  const splitDir = flags.split === undefined ? null : await checkSplitDir(flags.split, ctx.cwd);
  const expanded = await resolveInputs(deps, files, input);
  const paths = inputPaths(expanded.inputs);

  // Refuse a bad report path before reading anything (exit 2, spec §1 and §5). A directory or
  // pattern counts as several inputs (spec §6): the report goes to ./smartcity-report.xlsx.
  let target: OutputTarget | null = null;
  if (flags.export) {
    const single = expanded.inputs.length === 1 && expanded.inputs[0]!.origin === 'file';
    target = outputTarget(flags.out?.normalize('NFC'), single ? paths : [], ctx.cwd);
    await checkOutputPath(target.path, paths, ctx.cwd);
  }

  const loaded = await loadScorable(deps, globals, input, expanded, {
    keepGoing: flags.keepGoing === true,
    ...(flags.expect === undefined ? {} : { expect: flags.expect }),
    progress,
  });
  if (loaded === null) {
    // Exit 1: say that no report was written, and where it would have gone (spec §1, §7).
    if (target !== null) ctx.stderr(noReportLine(globals.lang, displayPath(target.path, ctx.cwd)));
    return;
  }
  const { rejected } = loaded;
  // Spec §8.2: the 63 pre-2025 provinces reported as the 34 units of 2025.
  const report =
    flags.rollup === undefined
      ? loaded.report
      : rollupReport(loaded.report, flags.rollup, expanded.inputs.map((i) => i.file).join(', '));
  // Only a roll-up (above) and --split's per-unit reports read the bound values: otherwise let
  // them go before rendering — no renderer reads them (#19: ~800 MB for 100,000 entities then,
  // ~65 MB since values are shared and kept in one array per row).
  if (splitDir === null) {
    loaded.report.data = [];
    report.data = [];
    if (target !== null && scoreCells(report) >= COLLECT_AFTER_CELLS) collectGarbage();
  }
  // The `rejected` list is part of a --keep-going report only (spec §7).
  const listed = flags.keepGoing === true ? rejected : null;

  if (flags.format === 'json') {
    // Piece by piece: a large report is never one string.
    const pieces = reportJsonChunks(report, {
      lang: globals.lang,
      toolVersion: toolVersion(),
      rejected: listed,
      missingUnits: loaded.missingUnits,
    });
    await writeStdoutPieces(ctx, pieces);
  } else {
    ctx.stdout(
      reportTable(report, { lang: globals.lang, top, style: textStyle(ctx, globals, 'stdout') }),
    );
  }
  printFindings(ctx, globals, report.findings);
  if (rejected.length > 0) {
    ctx.stderr(keptLine(globals.lang, loaded.files - rejected.length, loaded.files, rejected));
  }

  const reports = (target === null ? 0 : 1) + (splitDir === null ? 0 : report.entities.length);
  const writing = (written: number) =>
    progress.update({
      read: loaded.files,
      files: loaded.files,
      entities: report.entities.length,
      phase: 'writing',
      written,
      reports,
    });
  if (target !== null) {
    writing(0);
    const bytes = await renderReport(report, { ...loaded, rejected: listed }, target, globals, ctx);
    progress.clear();
    // Under --keep-going with rejected files the exit is 1 and the report is written all the
    // same (spec §7): say where even with --quiet.
    await writeOutput(
      ctx,
      rejected.length > 0 ? { ...globals, quiet: false } : globals,
      target.path,
      bytes,
    );
  }
  if (splitDir !== null) {
    // Like the national report's line, said even with --quiet when files were rejected.
    const loud = rejected.length > 0 ? { ...globals, quiet: false } : globals;
    await writeSplit(deps, loud, report, loaded.sources, splitDir, (done) =>
      writing(done + (target === null ? 0 : 1)),
    );
  }
  deps.setExitCode(rejected.length > 0 ? 1 : 0);
}

/**
 * `--split <dir>` must name a folder or nothing yet (it is created when the reports are written):
 * a file there is exit 2 before any input is read.
 */
async function checkSplitDir(dir: string, cwd: string): Promise<string> {
  const path = resolve(cwd, dir.normalize('NFC'));
  const found = await stat(path).catch(() => null);
  if (found !== null && !found.isDirectory()) {
    throw CannotRunError.of('RUN_SPLIT_NOT_DIRECTORY', { path: displayPath(path, cwd) });
  }
  return path;
}

/**
 * Spec §7 `--split`: one single-entity workbook per entity of the national report, each with its
 * national rank, written atomically into `dir` (created if missing) as `<code>-<slug>.report.xlsx`.
 * Rejected files (--keep-going) are not in the report and get none. One line says where they went.
 */
async function writeSplit(
  deps: CommandDeps,
  globals: GlobalOptions,
  report: Report,
  sources: Scorable['sources'],
  dir: string,
  onWritten: (done: number) => void,
): Promise<void> {
  const { ctx } = deps;
  const names = unitFileNames(report.entities);
  const paths = names.map((name) => join(dir, name));
  // Only a literal file name can be read as an input here: refuse to overwrite it.
  for (const path of paths) {
    const input = sources.find((source) => resolve(ctx.cwd, source.file) === path);
    if (input !== undefined) {
      throw CannotRunError.of('RUN_OUTPUT_IS_INPUT', {
        path: displayPath(path, ctx.cwd),
        input: input.file,
      });
    }
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw CannotRunError.of('RUN_WRITE_FAILED', {
      path: displayPath(dir, ctx.cwd),
      reason: systemReason(error),
    });
  }
  // Lazy: only this path loads the workbook writer.
  const { reportWorkbook } = await import('../../render/workbook/report-workbook.js');
  for (const [i, path] of paths.entries()) {
    onWritten(i);
    const unit = unitReport(report, i);
    const files = new Set([
      unit.report.entities[0]!.source.file,
      ...unit.report.data.map((d) => d.source.file),
    ]);
    const bytes = await reportWorkbook(unit.report, {
      ...reportMeta(
        ctx,
        globals.lang,
        sources.filter((s) => files.has(s.file)),
      ),
      nationalRank: unit.rank,
    });
    await writeOutput(ctx, { ...globals, quiet: true }, path, bytes);
  }
  if (!globals.quiet) {
    ctx.stderr(splitLine(globals.lang, paths.length, displayPath(dir, ctx.cwd)));
  }
}

function splitLine(lang: Lang, count: number, dir: string): string {
  return lang === 'vi'
    ? `Báo cáo từng đơn vị: ${count} tệp trong ${dir}\n`
    : `Per-unit reports: ${count} file${count === 1 ? '' : 's'} in ${dir}\n`;
}

/** Entities × indicators from which a report is big enough to collect before rendering. */
const COLLECT_AFTER_CELLS = 1_000_000;

function scoreCells(report: Report): number {
  return report.entities.length * report.set.indicators.length;
}

function noReportLine(lang: Lang, path: string): string {
  return lang === 'vi'
    ? `Không ghi báo cáo ${path}: dữ liệu có lỗi (--keep-going chấm các hồ sơ hợp lệ và liệt kê hồ sơ bị loại).\n`
    : `No report written to ${path}: the data has errors (--keep-going scores the valid files and lists the rejected ones).\n`;
}

/** What a scorable run hands its renderers. */
export interface Scorable {
  report: Report;
  sources: { file: string; path: string; sha256: string }[];
  /** Files left out under --keep-going (spec §7); empty otherwise. */
  rejected: RejectedInput[];
  /** How many files were read. */
  files: number;
  /** Units of the round with no scored entity, with `expect` (spec §7); null without it. */
  missingUnits: MissingUnit[] | null;
}

/**
 * Loads the set and the inputs and builds the report, or — when any input has an error (or a
 * warning under --strict), or nothing to score — prints every finding, sets exit 1 and returns
 * null so the caller writes nothing (spec §1: on exit ≠ 0, no report).
 *
 * With `keepGoing` (spec §7) a file with an error is rejected whole and the others are scored;
 * the rejected files' findings are printed with a line saying how many were left out. Only when
 * every file is rejected is the result null.
 */
export async function loadScorable(
  deps: CommandDeps,
  globals: GlobalOptions,
  input: InputOptions,
  expanded: ExpandedInputs,
  options: { keepGoing?: boolean; expect?: 'all'; progress?: ProgressLine } = {},
): Promise<Scorable | null> {
  const set = await loadSet(deps, globals);
  const files = expanded.inputs.length;
  const loaded = await loadInputs(deps, expanded.inputs, input, set, 'values', (read, entities) =>
    options.progress?.update({ read, files, entities, phase: 'reading' }),
  );
  loaded.datasets = selectInputEntities(loaded.datasets, input);
  let datasets: Dataset[] = loaded.datasets;
  let rejected: RejectedInput[] = [];
  if (options.keepGoing === true) {
    const split = rejectInputs(
      loaded.sources.map((source, i) => ({
        file: source.file,
        findings: loaded.datasets[i]!.findings,
      })),
      input.strict,
    );
    rejected = split.rejected;
    datasets = split.kept.map((i) => loaded.datasets[i]!);
  }
  const findings: Finding[] = [...expanded.findings, ...datasets.flatMap((d) => d.findings)];
  const style = textStyle(deps.ctx, globals, 'stderr');
  const blockingOf = (f: Finding) =>
    f.severity === 'error' || (input.strict && f.severity === 'warning');
  if (rejected.length > 0) {
    // The rejected files' errors are printed even with --quiet: they are why exit is 1.
    const shown = rejected.flatMap((r) =>
      globals.quiet ? r.findings.filter(blockingOf) : r.findings,
    );
    deps.ctx.stderr(findingsText(shown, globals.lang, style));
  }
  if (datasets.length === 0) {
    deps.ctx.stderr(keptLine(globals.lang, 0, loaded.sources.length, rejected));
    deps.setExitCode(1);
    return null;
  }
  if (
    datasets.every((d) => d.entities.length === 0) &&
    !findings.some((f) => f.severity === 'error')
  ) {
    findings.push(makeFinding('SCORE_NO_ENTITIES', {}));
  }
  let missing: MissingUnit[] | null = null;
  if (options.expect === 'all') {
    // Completeness of the round (spec §7): a warning naming every unit with no submission.
    const check = missingUnits(datasets.flatMap((d) => d.entities));
    missing = check.units;
    if (check.finding !== null) findings.push(check.finding);
  }
  if (findings.some(blockingOf)) {
    // Errors are printed even with --quiet: they are why the run failed.
    const shown = globals.quiet ? findings.filter(blockingOf) : findings;
    deps.ctx.stderr(findingsText(shown, globals.lang, style));
    deps.setExitCode(1);
    return null;
  }
  options.progress?.update({
    read: files,
    files,
    entities: datasets.reduce((sum, d) => sum + d.entities.length, 0),
    phase: 'scoring',
  });
  const report = buildReport(set, datasets, findings, {
    missing: input.missing ?? set.missing,
    minCoverage: loaded.minCoverage,
  });
  return {
    report,
    sources: loaded.sources,
    rejected,
    files: loaded.sources.length,
    missingUnits: missing,
  };
}

/** "Báo cáo gồm 33/34 hồ sơ; 1 hồ sơ bị loại: x.csv (2 lỗi)" (spec §7). */
function keptLine(
  lang: Lang,
  kept: number,
  total: number,
  rejected: readonly RejectedInput[],
): string {
  const list = rejected
    .map((r) =>
      lang === 'vi'
        ? `${r.file} (${r.errors} lỗi, ${r.warnings} cảnh báo)`
        : `${r.file} (${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'})`,
    )
    .join(', ');
  if (lang === 'vi') {
    return `Báo cáo gồm ${kept}/${total} hồ sơ; ${rejected.length} hồ sơ bị loại: ${list}\n`;
  }
  return `The report covers ${kept}/${total} files; ${rejected.length} rejected: ${list}\n`;
}

/** The on-disk paths of resolved inputs (standard input has none). */
export function inputPaths(inputs: readonly ResolvedInput[]): string[] {
  return inputs.flatMap((input) => (input.path === null ? [] : [input.path]));
}

/** Findings of a successful run (warnings, info) go to stderr unless --quiet. */
export function printFindings(
  ctx: CliContext,
  globals: GlobalOptions,
  findings: readonly Finding[],
): void {
  if (globals.quiet || findings.length === 0) return;
  ctx.stderr(findingsText(findings, globals.lang, textStyle(ctx, globals, 'stderr')));
}

/** `--top`: a positive whole number, else exit 2. */
export function positiveInteger(text: string, flag: string): number {
  const trimmed = text.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw CannotRunError.of('RUN_OPTION_POSITIVE_INTEGER', { option: flag, value: text });
  }
  return n;
}

async function renderReport(
  report: Report,
  {
    sources,
    rejected,
    missingUnits: missing,
  }: Pick<Scorable, 'sources' | 'missingUnits'> & { rejected: readonly RejectedInput[] | null },
  target: OutputTarget,
  globals: GlobalOptions,
  ctx: CliContext,
): Promise<OutputBytes> {
  switch (target.format) {
    case 'json':
      return reportJsonChunks(report, {
        lang: globals.lang,
        toolVersion: toolVersion(),
        rejected,
        missingUnits: missing,
      });
    case 'csv':
      return reportCsvChunks(report, { lang: globals.lang });
    case 'xlsx': {
      // Lazy: only this path loads the workbook writer.
      const { reportWorkbook } = await import('../../render/workbook/report-workbook.js');
      return reportWorkbook(report, {
        ...reportMeta(ctx, globals.lang, sources),
        rejected,
        missingUnits: missing,
      });
    }
    case 'html': {
      // Lazy: only this path loads the HTML renderer and its charts.
      const { reportHtml } = await import('../../render/html/report-html.js');
      const { rejectedFiles } = await import('../../render/workbook/workbook-rejected-sheet.js');
      const { workbookContext } = await import('../../render/workbook/workbook-context.js');
      // A keep-going round's rejected files and an --expect round's missing units (spec §9.2).
      return reportHtml(report, {
        ...reportMeta(ctx, globals.lang, sources),
        missingUnits: missing,
        ...(rejected === null || rejected.length === 0
          ? {}
          : { rejectedFiles: rejectedFiles(workbookContext(report, globals.lang), rejected) }),
      });
    }
  }
}
