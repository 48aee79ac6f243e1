import { readFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { CompareSide } from '../../core/compare/compare-side.js';
import { compareSides } from '../../core/compare/compare-sides.js';
import { NotAReport, sideOfJson } from '../../core/compare/side-of-json.js';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import type { Finding } from '../../core/findings/finding.js';
import { entityEra, sideEra, type SideEra } from '../../core/rollup/entity-era.js';
import { rollupReport } from '../../core/rollup/rollup-report.js';
import type { Report, RollupMode } from '../../core/score/report.js';
import { systemReason } from '../../io/files/system-reason.js';
import { compareJsonChunks } from '../../render/formats/compare-json.js';
import { compareSideOfReport } from '../../render/formats/compare-side-of-report.js';
import { findingsText } from '../../render/terminal/findings-text.js';
import { compareTable } from '../../render/terminal/compare-table.js';
import type { CommandDeps } from '../command-deps.js';
import { textStyle, type GlobalOptions } from '../global-options.js';
import type { InputOptions } from '../input-options.js';
import { actionStart, type DataAction } from './data-command.js';
import { checkOutputPath } from '../output-path.js';
import { toolVersion } from '../tool-version.js';
import { loadScorable, printFindings } from './score-run.js';
import { reportDate } from '../report-date.js';
import { reportMeta } from '../report-meta.js';
import { writeOutput, type OutputBytes } from '../write-output.js';
import { resolveInputs } from '../load-inputs.js';
import { writeStdoutPieces } from '../write-stdout-pieces.js';

export interface CompareFlags {
  rollup: RollupMode;
  format: 'table' | 'json';
  out?: string;
}

/** One side as loaded: scored data (which may still be rolled up) or a JSON report. */
type Loaded =
  | {
      kind: 'data';
      arg: string;
      report: Report;
      sources: { file: string; path: string; sha256: string }[];
    }
  | { kind: 'json'; arg: string; side: CompareSide; sha256: string };

/** The action of `smartcity compare`, loaded only when that command runs. */
export const runCompare: DataAction<[string, string], CompareFlags> = async (
  deps,
  args,
  flags,
  self,
) => {
  const { ctx, globals, input } = actionStart(deps, self);
  const inputs = args.map((arg) => arg.normalize('NFC'));

  // Refuse a bad output path before reading anything (exit 2, spec §1 and §5).
  const target = flags.out === undefined ? null : outputOf(flags.out.normalize('NFC'), ctx.cwd);
  if (target !== null) await checkOutputPath(target.path, inputs, ctx.cwd);

  const loaded: Loaded[] = [];
  for (const arg of inputs) {
    const side = await loadSide(deps, globals, input, arg);
    if (side === null) return;
    loaded.push(side);
  }
  const [before, after] = rolledUp(loaded[0]!, loaded[1]!, flags.rollup);

  const result = compareSides(sideOf(before, globals), sideOf(after, globals));
  const findings: Finding[] = [...dataFindings(before), ...dataFindings(after), ...result.findings];
  result.findings = findings;
  if (result.entities.length === 0) {
    ctx.stderr(findingsText(findings, globals.lang, textStyle(ctx, globals, 'stderr')));
    deps.setExitCode(1);
    return;
  }

  if (flags.format === 'json') {
    await writeStdoutPieces(ctx, compareJsonChunks(result, globals.lang));
  } else {
    ctx.stdout(
      compareTable(result, { lang: globals.lang, style: textStyle(ctx, globals, 'stdout') }),
    );
  }
  printFindings(ctx, globals, findings);

  if (target !== null) {
    let bytes: OutputBytes;
    if (target.format === 'json') {
      bytes = compareJsonChunks(result, globals.lang);
    } else if (target.format === 'html') {
      // Lazy: only this path loads the HTML renderer.
      const { compareHtml } = await import('../../render/html/compare-html.js');
      bytes = compareHtml(result, {
        lang: globals.lang,
        toolVersion: toolVersion(),
        date: reportDate(ctx),
      });
    } else {
      // Lazy: only this path loads the workbook writer.
      const { compareWorkbook } = await import('../../render/workbook/compare-workbook.js');
      bytes = await compareWorkbook(result, {
        ...reportMeta(ctx, globals.lang, [before, after].flatMap(inputsOf)),
      });
    }
    await writeOutput(ctx, globals, target.path, bytes);
  }
  deps.setExitCode(0);
};

/**
 * A side ending in .json is a report of `score -o x.json`; anything else is data (§6), read and
 * scored like `score` does. Invalid data prints its findings, sets exit 1 and gives null.
 */
async function loadSide(
  deps: CommandDeps,
  globals: GlobalOptions,
  input: InputOptions,
  arg: string,
): Promise<Loaded | null> {
  if (extname(arg).toLowerCase() !== '.json') {
    // A side may be a file, a folder or a pattern (spec §6), like score's inputs.
    const expanded = await resolveInputs(deps, [arg], input);
    const scored = await loadScorable(deps, globals, input, expanded);
    return scored === null ? null : { kind: 'data', arg, ...scored };
  }
  const path = isAbsolute(arg) ? arg : resolve(deps.ctx.cwd, arg);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw CannotRunError.of('RUN_INPUT_NOT_FOUND', { path: arg });
    }
    throw CannotRunError.of('RUN_INPUT_UNREADABLE', { path: arg, reason: systemReason(error) });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw CannotRunError.of('RUN_COMPARE_NOT_A_REPORT', { path: arg, reason: 'not valid JSON' });
  }
  try {
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { kind: 'json', arg, side: sideOfJson(doc), sha256 };
  } catch (error) {
    if (error instanceof NotAReport) {
      throw CannotRunError.of('RUN_COMPARE_NOT_A_REPORT', { path: arg, reason: error.message });
    }
    throw error;
  }
}

/**
 * Both sides in the later side's era (spec §8.1): when one is pre-2025 and the other in the 2025
 * units, the pre-2025 side is rolled up (§8.2). A JSON side is in the era it records — a rolled-up
 * report (`policy.rollup`) is in 2025 units — and is never rolled up or resolved again.
 */
function rolledUp(before: Loaded, after: Loaded, mode: RollupMode): [Loaded, Loaded] {
  const eras = [eraOf(before), eraOf(after)];
  if (!eras.includes('pre-2025') || !eras.includes('2025')) return [before, after];
  return [before, after].map((side, i) => {
    if (eras[i] !== 'pre-2025') return side;
    if (side.kind === 'json')
      throw CannotRunError.of('RUN_COMPARE_JSON_ROLLUP', { path: side.arg });
    return { ...side, report: rollupReport(side.report, mode, side.arg) };
  }) as [Loaded, Loaded];
}

function eraOf(side: Loaded): SideEra {
  const entities = side.kind === 'data' ? side.report.entities : side.side.entities;
  if (side.kind === 'json' && side.side.policy.rollup !== null) return '2025';
  const era = sideEra(entities);
  if (era === 'mixed') {
    const pre = entities.find((e) => entityEra(e) === 'pre-2025')!;
    const current = entities.find((e) => entityEra(e) === '2025')!;
    throw CannotRunError.of('RUN_COMPARE_MIXED_ERAS', {
      side: side.arg,
      pre: pre.label,
      current: current.label,
    });
  }
  return era;
}

function sideOf(side: Loaded, globals: GlobalOptions): CompareSide {
  return side.kind === 'json' ? side.side : compareSideOfReport(side.report, globals.lang);
}

/** A data side's findings (reading, scoring, roll-up); a JSON report's stay in that report. */
function dataFindings(side: Loaded): Finding[] {
  return side.kind === 'data' ? side.report.findings : [];
}

function inputsOf(side: Loaded): { file: string; sha256: string }[] {
  return side.kind === 'data'
    ? side.sources.map((s) => ({ file: s.file, sha256: s.sha256 }))
    : [{ file: basename(side.arg), sha256: side.sha256 }];
}

/** `-o`: the extension picks the format; only .json and .xlsx are written (spec §8.1). */
function outputOf(out: string, cwd: string): { path: string; format: 'json' | 'xlsx' | 'html' } {
  const path = resolve(cwd, out);
  const extension = extname(path).toLowerCase();
  if (extension === '.json' || extension === '.xlsx') {
    return { path, format: extension === '.json' ? 'json' : 'xlsx' };
  }
  if (extension === '.html' || extension === '.htm') return { path, format: 'html' };
  throw CannotRunError.of('RUN_COMPARE_FORMAT', { format: extname(path) || basename(path) });
}
