import { createHash } from 'node:crypto';
import { displayPath } from '../files/display-path.js';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { strictUtf8 } from '../files/strict-utf8.js';
import { systemReason } from '../files/system-reason.js';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import { compiledSet, compiledSetFindings, type CompiledSet } from '../../core/set/compiled-set.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { onDiskPath } from '../files/on-disk-path.js';
import { packageRoot, runningFromSources } from '../files/package-root.js';
import { readCompiledSetFile } from './compiled-set-file.js';
import { setCache } from './set-cache.js';

export interface LoadedSet {
  /** null when the set has errors (then `findings` says why, with YAML line:column). */
  set: ResolvedSet | null;
  findings: Finding[];
  /** The YAML file that was read, as shown in findings (relative to cwd when inside it). */
  file: string;
  /** The same file as found on disk (absolute). */
  path: string;
  /** The set in its compiled form (for `indicators compile`); null when invalid or no `tool`. */
  compiled: CompiledSet | null;
}

/** The set used when --set is not given. */
const DEFAULT_SET_ID = 'vn-smartcity';

/** Bundled ids → file names in `<package root>/indicators/`. */
export const BUNDLED_SETS: ReadonlyMap<string, string> = new Map([
  ['vn-smartcity', 'vn-smartcity-1.0.yaml'],
  ['dti-2022', 'dti-2022.yaml'],
]);

/** Larger than any plausible set by two orders of magnitude; keeps a wrong file from being parsed. */
const MAX_SET_BYTES = 1024 * 1024;

const BUNDLED_DIR = join(packageRoot(), 'indicators');

/**
 * Where `npm run build` (scripts/compile-sets.ts) writes the bundled sets compiled:
 * dist/sets/<name>.json. Run from the sources (tests) the YAML is always parsed, so a change to
 * the set rules is tested on the YAML and never on a compilation from an earlier build.
 */
const COMPILED_DIR = runningFromSources() ? null : join(packageRoot(), 'dist', 'sets');

export interface ReadSetOptions {
  /**
   * The tool's version. Compiled sets are used and stored only when it is given, and only those
   * made by this very version: a compiled set is what this version's rules made of the YAML.
   */
  tool?: string;
  /** The user's cache folder (decided by the CLI), where sets given by path are kept compiled. */
  cacheDir?: string | null;
  /** Read the YAML even when a compiled copy exists (`indicators compile` makes a new one). */
  fromYaml?: boolean;
}

/**
 * Loads an indicator set by bundled id (`vn-smartcity`) or by path; undefined = the bundled
 * default. A ref ending in .yaml/.yml or containing a path separator is a path relative to `cwd`.
 * A missing or unreadable file, or an unknown id, throws CannotRunError; problems in the file's
 * content are findings.
 *
 * A valid set loads from a compiled copy of exactly these YAML bytes when one exists (the build's
 * for a bundled set, `<name>.compiled.json` beside the file, or the user's cache), without
 * importing `yaml` and zod; otherwise the YAML is parsed and validated, and a valid result is
 * stored in the user's cache for the next run. Either way the set and its findings (warnings,
 * with their line:column) are the same; a set with errors is never compiled, so its findings
 * always come from the YAML.
 */
export async function readIndicatorSet(
  ref: string | undefined,
  cwd: string,
  options: ReadSetOptions = {},
): Promise<LoadedSet> {
  const given = setPath(ref ?? DEFAULT_SET_ID, cwd);
  const file = displayPath(given, cwd);
  const path = await onDiskPath(given);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw CannotRunError.of('RUN_SET_NOT_A_FILE', { file });
    size = info.size;
  } catch (error) {
    if (error instanceof CannotRunError) throw error;
    throw CannotRunError.of('RUN_SET_UNREADABLE', { file, reason: systemReason(error) });
  }
  if (size > MAX_SET_BYTES) {
    return {
      set: null,
      file,
      path,
      compiled: null,
      findings: [makeFinding('SET_YAML_TOO_LARGE', { size, limit: MAX_SET_BYTES }, { file })],
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw CannotRunError.of('RUN_SET_UNREADABLE', { file, reason: systemReason(error) });
  }
  const text = strictUtf8(bytes);
  if (text === null) {
    return {
      set: null,
      file,
      path,
      compiled: null,
      findings: [makeFinding('SET_YAML_NOT_UTF8', {}, { file })],
    };
  }
  const stamp =
    options.tool === undefined
      ? null
      : { tool: options.tool, yamlSha256: createHash('sha256').update(bytes).digest('hex') };
  if (stamp !== null && options.fromYaml !== true) {
    for (const candidate of compiledFiles(path, stamp.yamlSha256, options.cacheDir ?? null)) {
      const compiled = await readCompiledSetFile(candidate, stamp);
      if (compiled !== null) {
        return {
          set: compiled.set,
          findings: compiledSetFindings(compiled, file),
          file,
          path,
          compiled,
        };
      }
    }
  }
  // Lazy: yaml and zod cost more to import than everything else a warm run does.
  const { yamlIndicatorSet } = await import('./yaml-indicator-set.js');
  const { set, findings } = yamlIndicatorSet(text, file);
  const compiled = set !== null && stamp !== null ? compiledSet(set, findings, stamp) : null;
  if (compiled !== null && options.cacheDir) await setCache.store(options.cacheDir, compiled);
  return { set, findings, file, path, compiled };
}

/** Where a compiled copy of the set at `path` may be, in the order they are tried. */
function compiledFiles(path: string, yamlSha256: string, cacheDir: string | null): string[] {
  const files: string[] = [];
  const bundledName = bundledFileOf(path);
  if (bundledName !== null && COMPILED_DIR !== null) {
    files.push(resolve(COMPILED_DIR, compiledName(bundledName, '.json')));
  }
  files.push(besideCompiledFile(path));
  if (cacheDir) files.push(setCache.file(cacheDir, yamlSha256));
  return files;
}

/** `sets/mine.yaml` → `sets/mine.compiled.json`: what `smartcity indicators compile` writes. */
export function besideCompiledFile(path: string): string {
  return join(dirname(path), compiledName(basename(path), '.compiled.json'));
}

function compiledName(yamlName: string, suffix: string): string {
  return yamlName.replace(/\.ya?ml$/i, '') + suffix;
}

/** The bundled file name when `path` is one of the bundled sets' YAML files, else null. */
function bundledFileOf(path: string): string | null {
  for (const name of BUNDLED_SETS.values()) {
    if (resolve(BUNDLED_DIR, name) === path) return name;
  }
  return null;
}

/** Whether `--set`'s value names a file (else it is a bundled id). */
export function isSetFileRef(ref: string): boolean {
  return /\.ya?ml$/i.test(ref) || ref.includes('/') || ref.includes('\\') || isAbsolute(ref);
}

function setPath(ref: string, cwd: string): string {
  if (isSetFileRef(ref)) return resolve(cwd, ref);
  const bundled = BUNDLED_SETS.get(ref.toLowerCase());
  if (bundled === undefined) {
    throw CannotRunError.of('RUN_SET_UNKNOWN', {
      ref,
      bundled: [...BUNDLED_SETS.keys()].join(', '),
    });
  }
  return resolve(BUNDLED_DIR, bundled);
}
