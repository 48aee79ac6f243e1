import { basename, extname, resolve } from 'node:path';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import {
  MAX_RUNS,
  sensitivityAnalysis,
  type SensitivityOptions,
} from '../../core/sensitivity/sensitivity-analysis.js';
import { MAX_SEED } from '../../core/sensitivity/seeded-random.js';
import { sensitivityJson } from '../../render/formats/sensitivity-json.js';
import { sensitivityTable } from '../../render/terminal/sensitivity-table.js';
import { textStyle } from '../global-options.js';
import { actionStart, type DataAction } from './data-command.js';
import { checkOutputPath } from '../output-path.js';
import { resolveInputs } from '../load-inputs.js';
import { inputPaths, loadScorable, printFindings } from './score-run.js';
import { reportMeta } from '../report-meta.js';
import { writeOutput, type OutputBytes } from '../write-output.js';

export interface SensitivityFlags {
  runs: string;
  seed: string;
  weights: string;
  perturb: 'indicators' | 'groups';
  missingAlt?: boolean;
  format: 'table' | 'json';
  out?: string;
}

/** The action of `smartcity sensitivity`, loaded only when that command runs. */
export const runSensitivity: DataAction<string[], SensitivityFlags> = async (
  deps,
  files,
  flags,
  self,
) => {
  const { ctx, globals, input } = actionStart(deps, self);
  const options: SensitivityOptions = {
    runs: runsOf(flags.runs),
    seed: seedOf(flags.seed),
    weights: weightsOf(flags.weights),
    perturb: flags.perturb,
    missingAlt: flags.missingAlt === true,
  };
  // Refuse a bad output path before reading anything (exit 2, spec §1 and §5).
  const target = flags.out === undefined ? null : outputOf(flags.out.normalize('NFC'), ctx.cwd);
  const expanded = await resolveInputs(deps, files, input);
  if (target !== null) await checkOutputPath(target.path, inputPaths(expanded.inputs), ctx.cwd);

  const loaded = await loadScorable(deps, globals, input, expanded);
  if (loaded === null) return;
  const { report, sources } = loaded;
  const result = sensitivityAnalysis(report, options);

  ctx.stdout(
    flags.format === 'json'
      ? sensitivityJson(result)
      : sensitivityTable(result, report.set, {
          lang: globals.lang,
          style: textStyle(ctx, globals, 'stdout'),
        }),
  );
  printFindings(ctx, globals, report.findings);

  if (target !== null) {
    let bytes: OutputBytes;
    if (target.format === 'json') {
      bytes = sensitivityJson(result);
    } else if (target.format === 'html') {
      // Lazy: only this path loads the HTML renderer.
      const { sensitivityHtml } = await import('../../render/html/sensitivity-html.js');
      bytes = sensitivityHtml(result, report.set, {
        ...reportMeta(ctx, globals.lang, sources),
      });
    } else {
      // Lazy: only this path loads the workbook writer.
      const { sensitivityWorkbook } = await import('../../render/workbook/sensitivity-workbook.js');
      bytes = await sensitivityWorkbook(result, report.set, {
        ...reportMeta(ctx, globals.lang, sources),
      });
    }
    await writeOutput(ctx, globals, target.path, bytes);
  }
  deps.setExitCode(0);
};

const FORMATS: Readonly<Record<string, 'json' | 'xlsx' | 'html'>> = {
  '.json': 'json',
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
};

/** `-o`: the extension picks the format: .json, .xlsx or .html (spec §10). */
function outputOf(out: string, cwd: string): { path: string; format: 'json' | 'xlsx' | 'html' } {
  const path = resolve(cwd, out);
  const format = FORMATS[extname(path).toLowerCase()];
  if (format !== undefined) return { path, format };
  throw CannotRunError.of('RUN_SENSITIVITY_FORMAT', { format: extname(path) || basename(path) });
}

/** `--runs`: a whole number from 1 to MAX_RUNS. */
function runsOf(text: string): number {
  const n = wholeNumber(text);
  if (n === null || n < 1 || n > MAX_RUNS) {
    throw CannotRunError.of('RUN_SENSITIVITY_RUNS', { max: MAX_RUNS, value: text });
  }
  return n;
}

/** `--seed`: a whole number from 0 to MAX_SEED (2⁵³ − 1, so JSON holds it exactly). */
function seedOf(text: string): number {
  const n = wholeNumber(text);
  if (n === null || n > MAX_SEED) {
    throw CannotRunError.of('RUN_SENSITIVITY_SEED', { max: MAX_SEED, value: text });
  }
  return n;
}

/** `--weights`: 0 ≤ f < 1, with a decimal point or a decimal comma ("0.25", "0,25"). */
function weightsOf(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  const f = /^(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(f >= 0 && f < 1)) throw CannotRunError.of('RUN_SENSITIVITY_WEIGHTS', { value: text });
  return f;
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) ? n : null;
}
