import { CannotRunError } from '../core/findings/cannot-run-error.js';
import { selectEntities } from '../core/bind/select-entities.js';
import {
  entityCoverage,
  lowCoverageFinding,
  type EntityCoverage,
} from '../core/score/entity-coverage.js';
import { duplicateEntities } from '../core/bind/duplicate-entities.js';
import { bindSource, type BindKeep } from '../core/bind/bind-source.js';
import type { Dataset } from '../core/table/dataset.js';
import type { RawSource } from '../core/table/raw-table.js';
import type { Finding } from '../core/findings/finding.js';
import type { ResolvedSet } from '../core/set/resolved-set.js';
import { expandInputs, type ResolvedInput } from '../io/files/expand-inputs.js';
import { fetchSource, readSourceFromBytes } from '../io/files/read-source.js';
import { collectingRows } from './collecting-rows.js';
import type { CommandDeps } from './command-deps.js';
import { bindOptionsOf, readOptionsOf, type InputOptions } from './input-options.js';

interface InputSource {
  /** The path as findings name it: relative to the working directory, `/` separators (§6). */
  file: string;
  /** The same path: what CI annotations point at. */
  path: string;
  /** Hex SHA-256 of the bytes read. */
  sha256: string;
}

export interface LoadedInputs {
  /** One per input, in command-line order (datasets[i] comes from sources[i]). */
  datasets: Dataset[];
  /** Every finding of every input, in input order. */
  findings: Finding[];
  sources: InputSource[];
  /** Each input's entities' coverage (spec §7), parallel to `datasets`. */
  coverage: EntityCoverage[][];
  /** The coverage below which an entity gets SCORE_LOW_COVERAGE and no rating; 0: no check. */
  minCoverage: number;
}

/** Files whose reading has started ahead of the one being bound. */
const READ_AHEAD = 4;

/**
 * Reads and binds every input file in command-line order (spec §1, §3). A missing or unreadable
 * file is "cannot run" (CannotRunError from the reader, exit 2); anything wrong inside a file is
 * a finding. `--strict` and `--missing` are the caller's business.
 *
 * Each file is read once (its hash comes from the same bytes). `keep: 'summary'` binds without
 * keeping values (validate): findings, layout and entity labels only, so memory stays flat.
 */
export async function loadInputs(
  deps: CommandDeps,
  files: readonly ResolvedInput[],
  options: InputOptions,
  set: ResolvedSet,
  keep: BindKeep = 'values',
  /** Called after each file with the files and entities read so far (the progress line, §7). */
  onRead?: (read: number, entities: number) => void,
): Promise<LoadedInputs> {
  const datasets: Dataset[] = [];
  const sources: InputSource[] = [];
  let entities = 0;
  const readOptions = readOptionsOf(options);
  // --province says who a lone single-entity file is about (spec §3.3); with several inputs it
  // selects among their entities instead (spec §6, selectInputEntities), so no file is relabelled.
  const bindOptions =
    files.length > 1 ? { ...bindOptionsOf(options), province: null } : bindOptionsOf(options);
  // The next files' bytes come off the disk (on other threads) while this one is read and bound:
  // a round of 34 small files waited a sixth of its time for them. Only their bytes are held
  // (each at most --max-size); each is read as data in turn, and a failure is reported in file
  // order.
  const fetchAt = (i: number): Promise<() => Promise<RawSource>> => {
    const input = files[i]!;
    const fetching =
      input.path === null
        ? deps.ctx
            .readStdin()
            .then((bytes) => () => readSourceFromBytes(bytes, input.file, readOptions))
        : fetchSource(input.path, readOptions, input.file);
    fetching.catch(() => undefined);
    return fetching;
  };
  const ahead: Promise<() => Promise<RawSource>>[] = [];
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) ahead.push(fetchAt(i));
  for (let i = 0; i < files.length; i++) {
    const input = files[i]!;
    const fetched = await ahead.shift()!;
    if (i + READ_AHEAD < files.length) ahead.push(fetchAt(i + READ_AHEAD));
    const read = await fetched();
    const source = keep === 'summary' ? collectingRows(read) : read;
    const dataset = bindSource(source, set, bindOptions, keep);
    datasets.push(dataset);
    sources.push({ file: input.file, path: input.file, sha256: source.sha256 ?? '' });
    entities += dataset.entities.length;
    onRead?.(datasets.length, entities);
  }
  // The same unit in two files (spec §7): an error in the later file, which loses the entity.
  const minCoverage = options.minCoverage ?? set.minCoverage ?? 0;
  const coverage: EntityCoverage[][] = [];
  const checked = duplicateEntities(datasets).map((dataset) => {
    // Coverage below the threshold is a warning in the file (spec §7), so --strict fails it.
    const covered = dataset.entities.map((entity) => entityCoverage(set, entity));
    coverage.push(covered);
    // A file for another set has said so once; "0 % coverage" per entity would only repeat it.
    const mismatch = dataset.findings.some((f) => f.code === 'DATA_SET_MISMATCH');
    const low = (mismatch ? [] : dataset.entities).flatMap(
      (entity, i) => lowCoverageFinding(covered[i]!, entity, minCoverage) ?? [],
    );
    return low.length === 0 ? dataset : { ...dataset, findings: [...dataset.findings, ...low] };
  });
  return {
    datasets: checked,
    findings: checked.flatMap((d) => d.findings),
    sources,
    coverage,
    minCoverage,
  };
}

/**
 * The command line's input arguments as files to read (spec §6): see expandInputs. Its
 * RUN_NO_MATCH findings are the caller's to show.
 */
export async function resolveInputs(
  deps: CommandDeps,
  args: readonly string[],
  options: InputOptions,
): Promise<{ inputs: ResolvedInput[]; findings: Finding[] }> {
  return expandInputs(args, { cwd: deps.ctx.cwd, recursive: options.recursive });
}

/**
 * `--province` as a selection (spec §6): when the inputs hold several entities, keeps the ones it
 * names; a name that matches none is exit 2 with suggestions. One entity (a single-entity file,
 * which the binder already named after --province): unchanged.
 */
export function selectInputEntities(
  datasets: readonly Dataset[],
  options: InputOptions,
): Dataset[] {
  const count = datasets.reduce((sum, dataset) => sum + dataset.entities.length, 0);
  if (options.provinces.length === 0 || count <= 1) return [...datasets];
  const selection = selectEntities(datasets, options.provinces);
  switch (selection.kind) {
    case 'ok':
      return selection.datasets;
    case 'no-match':
      throw CannotRunError.of('RUN_NO_SUCH_ENTITY', {
        name: selection.name,
        suggestions: selection.suggestions.join(', ') || '—',
      });
    case 'merged':
      throw CannotRunError.of('RUN_NO_SUCH_ENTITY_MERGED', {
        name: selection.name,
        successor: selection.successor.name,
        successorCode: selection.successor.code,
        date: selection.date,
      });
  }
}
