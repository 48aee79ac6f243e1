import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { systemReason } from '../files/system-reason.js';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import { onDiskPath } from '../files/on-disk-path.js';

export interface LoadedSet {
  /** null when the set has errors (then `findings` says why, with YAML line:column). */
  set: ResolvedSet | null;
  findings: Finding[];
  /** The YAML file that was read, as shown in findings (relative to cwd when inside it). */
  file: string;
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

// Both src/io/yaml (tests) and dist/io/yaml (the built CLI) sit three levels below the package root.
const BUNDLED_DIR = fileURLToPath(new URL('../../../indicators/', import.meta.url));

/**
 * Where `npm run build` (scripts/compile-sets.ts) writes the bundled sets already resolved:
 * dist/sets/<name>.json. Under src/ (tests) the folder does not exist and the YAML is parsed.
 */
const COMPILED_DIR = fileURLToPath(new URL('../../sets/', import.meta.url));

/** Bumped whenever the compiled JSON's shape (or ResolvedSet's) changes. */
export const COMPILED_SET_FORMAT = 1;

/**
 * Loads an indicator set by bundled id (`vn-smartcity`) or by path; undefined = the bundled
 * default. A ref ending in .yaml/.yml or containing a path separator is a path relative to `cwd`.
 * A missing or unreadable file, or an unknown id, throws CannotRunError; problems in the file's
 * content are findings.
 */
export async function readIndicatorSet(ref: string | undefined, cwd: string): Promise<LoadedSet> {
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
      findings: [makeFinding('SET_YAML_TOO_LARGE', { size, limit: MAX_SET_BYTES }, { file })],
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw CannotRunError.of('RUN_SET_UNREADABLE', { file, reason: systemReason(error) });
  }
  let text: string;
  try {
    // fatal: a Windows-1258 file must be refused, not turned into U+FFFD; the BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { set: null, file, findings: [makeFinding('SET_YAML_NOT_UTF8', {}, { file })] };
  }
  const bundledName = bundledFileOf(path);
  if (bundledName !== null) {
    const compiled = await compiledSet(bundledName, bytes);
    if (compiled !== null) return { set: compiled, findings: [], file };
  }
  // A set with nothing to report (the usual case) loads without yaml and zod, which cost ~100 ms
  // to import and build; anything else takes the full path, which finds and locates every
  // problem. Both lazy: the bundled set usually comes compiled.
  const { yamlFastSet } = await import('./yaml-fast-set.js');
  const fast = yamlFastSet(text);
  if (fast !== null) return { set: fast, findings: [], file };
  const { yamlIndicatorSet } = await import('./yaml-indicator-set.js');
  const { set, findings } = yamlIndicatorSet(text, file);
  return { set, findings, file };
}

/** The bundled file name when `path` is one of the bundled sets' YAML files, else null. */
function bundledFileOf(path: string): string | null {
  for (const name of BUNDLED_SETS.values()) {
    if (resolve(BUNDLED_DIR, name) === path) return name;
  }
  return null;
}

/**
 * The set compiled at build time from exactly these YAML bytes (same SHA-256), or null: no
 * compiled file, another format, or a YAML edited since the build — then the YAML is parsed.
 */
async function compiledSet(name: string, yamlBytes: Buffer): Promise<ResolvedSet | null> {
  let compiled: unknown;
  try {
    const json = await readFile(resolve(COMPILED_DIR, name.replace(/\.ya?ml$/i, '.json')), 'utf8');
    compiled = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof compiled !== 'object' || compiled === null) return null;
  const { format, yamlSha256, set } = compiled as Record<string, unknown>;
  if (format !== COMPILED_SET_FORMAT || typeof set !== 'object' || set === null) return null;
  const sha256 = createHash('sha256').update(yamlBytes).digest('hex');
  return yamlSha256 === sha256 ? (set as ResolvedSet) : null;
}

function setPath(ref: string, cwd: string): string {
  if (/\.ya?ml$/i.test(ref) || ref.includes('/') || ref.includes('\\') || isAbsolute(ref)) {
    return resolve(cwd, ref);
  }
  const bundled = BUNDLED_SETS.get(ref.toLowerCase());
  if (bundled === undefined) {
    throw CannotRunError.of('RUN_SET_UNKNOWN', {
      ref,
      bundled: [...BUNDLED_SETS.keys()].join(', '),
    });
  }
  return resolve(BUNDLED_DIR, bundled);
}

/** Paths inside the working directory are shown relative, so findings read `sets/x.yaml:3:5`. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) ? rel : path;
}
