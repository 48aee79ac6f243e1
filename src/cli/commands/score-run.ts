import { relative, isAbsolute } from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { systemReason } from '../../io/files/system-reason.js';
import type { Dataset } from '../../core/table/dataset.js';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { Report, RollupMode } from '../../core/score/report.js';
import { rollupReport } from '../../core/rollup/rollup-report.js';
import { buildReport } from '../../core/score/build-report.js';
import { writeAtomic } from '../../io/files/write-atomic.js';
import { findingsText } from '../../render/terminal/findings-text.js';
import { reportCsvChunks } from '../../render/formats/report-csv.js';
import { reportJsonChunks } from '../../render/formats/report-json.js';
import { reportTable } from '../../render/terminal/report-table.js';
import type { CommandDeps } from '../command-deps.js';
import type { CliContext } from '../context.js';
import { globalOptions, textStyle, type GlobalOptions } from '../global-options.js';
import { parseInputOptions, type InputOptions } from '../input-options.js';
import { loadInputs } from '../load-inputs.js';
import { loadSet } from '../load-set.js';
import { checkOutputPath, outputTarget, type OutputTarget } from '../output-path.js';
import { pendingTempFiles, withTempCleanup } from '../temp-files.js';
import { toolVersion } from '../tool-version.js';

export interface ScoreFlags {
  out?: string;
  export: boolean;
  format: 'table' | 'json';
  top: string;
  rollup?: RollupMode;
}

/** The action of `smartcity score`, loaded only when that command runs. */
export async function runScore(
  deps: CommandDeps,
  files: string[],
  flags: ScoreFlags,
  self: Command,
): Promise<void> {
  const { ctx } = deps;
  const globals = globalOptions(self);
  const input = parseInputOptions(self.opts());
  const top = positiveInteger(flags.top, '--top');
  const inputs = files.map((file) => file.normalize('NFC'));

  // Refuse a bad report path before reading anything (exit 2, spec §1 and §5).
  let target: OutputTarget | null = null;
  if (flags.export) {
    target = outputTarget(flags.out?.normalize('NFC'), inputs, ctx.cwd);
    await checkOutputPath(target.path, inputs, ctx.cwd);
  }

  const loaded = await loadScorable(deps, globals, input, inputs);
  if (loaded === null) return;
  const { sources } = loaded;
  // Spec §8.2: the 63 pre-2025 provinces reported as the 34 units of 2025.
  const report =
    flags.rollup === undefined
      ? loaded.report
      : rollupReport(loaded.report, flags.rollup, inputs.join(', '));

  if (flags.format === 'json') {
    // Piece by piece: a large report is never one string.
    for (const piece of reportJsonChunks(report, {
      lang: globals.lang,
      toolVersion: toolVersion(),
    })) {
      ctx.stdout(piece);
    }
  } else {
    ctx.stdout(
      reportTable(report, { lang: globals.lang, top, style: textStyle(ctx, globals, 'stdout') }),
    );
  }
  printFindings(ctx, globals, report.findings);

  if (target !== null) {
    const bytes = await renderReport(report, target, globals, sources, ctx);
    await writeOutput(ctx, globals, target.path, bytes);
  }
  deps.setExitCode(0);
}

/**
 * Writes a report atomically (spec §5: no partial file, the previous one intact on failure) and
 * says where on stderr unless --quiet; a failed write is exit 2.
 */
export async function writeOutput(
  ctx: CliContext,
  globals: GlobalOptions,
  path: string,
  bytes: Uint8Array | string | Iterable<string>,
): Promise<void> {
  try {
    await withTempCleanup(() => writeAtomic(path, bytes, { pending: pendingTempFiles }));
  } catch (error) {
    throw CannotRunError.of('RUN_WRITE_FAILED', { path, reason: systemReason(error) });
  }
  if (!globals.quiet) {
    ctx.stderr(`${globals.lang === 'vi' ? 'Báo cáo' : 'Report'}: ${displayPath(path, ctx.cwd)}\n`);
  }
}

/**
 * Loads the set and the inputs and builds the report, or — when any input has an error (or a
 * warning under --strict), or nothing to score — prints every finding, sets exit 1 and returns
 * null so the caller writes nothing (spec §1: on exit ≠ 0, no report).
 */
export async function loadScorable(
  deps: CommandDeps,
  globals: GlobalOptions,
  input: InputOptions,
  files: readonly string[],
): Promise<{ report: Report; sources: { file: string; path: string; sha256: string }[] } | null> {
  const set = await loadSet(deps, globals);
  const loaded = await loadInputs(deps, files, input, set);
  const findings: Finding[] = [...loaded.findings];
  const datasets: Dataset[] = loaded.datasets;
  if (
    datasets.every((d) => d.entities.length === 0) &&
    !findings.some((f) => f.severity === 'error')
  ) {
    findings.push(makeFinding('SCORE_NO_ENTITIES', {}));
  }
  const blocking = findings.some(
    (f) => f.severity === 'error' || (input.strict && f.severity === 'warning'),
  );
  if (blocking) {
    // Errors are printed even with --quiet: they are why the run failed.
    const shown = globals.quiet
      ? findings.filter((f) => f.severity === 'error' || (input.strict && f.severity === 'warning'))
      : findings;
    deps.ctx.stderr(findingsText(shown, globals.lang, textStyle(deps.ctx, globals, 'stderr')));
    deps.setExitCode(1);
    return null;
  }
  const report = buildReport(set, datasets, findings, { missing: input.missing ?? set.missing });
  return { report, sources: loaded.sources };
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
  target: OutputTarget,
  globals: GlobalOptions,
  sources: { file: string; sha256: string }[],
  ctx: CliContext,
): Promise<Uint8Array | Iterable<string>> {
  switch (target.format) {
    case 'json':
      return reportJsonChunks(report, { lang: globals.lang, toolVersion: toolVersion() });
    case 'csv':
      return reportCsvChunks(report, { lang: globals.lang });
    case 'xlsx': {
      // Lazy: only this path loads the workbook writer.
      const { reportWorkbook } = await import('../../render/workbook/report-workbook.js');
      return reportWorkbook(report, {
        lang: globals.lang,
        toolVersion: toolVersion(),
        inputs: sources.map((s) => ({ file: s.file, sha256: s.sha256 })),
        date: reportDate(ctx),
      });
    }
    case 'html': {
      // Lazy: only this path loads the HTML renderer and its charts.
      const { reportHtml } = await import('../../render/html/report-html.js');
      return reportHtml(report, {
        lang: globals.lang,
        toolVersion: toolVersion(),
        inputs: sources.map((s) => ({ file: s.file, sha256: s.sha256 })),
        date: reportDate(ctx),
      });
    }
  }
}

/** SOURCE_DATE_EPOCH (seconds since 1970, reproducible builds convention) or now. */
export function reportDate(ctx: CliContext): Date {
  const epoch = ctx.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return ctx.now();
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
