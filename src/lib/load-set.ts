import { resolve } from 'node:path';
import type { Finding, Lang } from '../core/findings/finding.js';
import type { ResolvedSet } from '../core/set/resolved-set.js';
import { readIndicatorSet } from '../io/yaml/read-indicator-set.js';
import { toolVersion } from '../cli/tool-version.js';
import { libraryStep } from './smartcity-error.js';

export interface LoadSetOptions {
  /** Relative set paths and the `file` of findings are taken from here; default: the process's. */
  cwd?: string;
  /** Language of a thrown SmartcityError's message; default `en`. */
  lang?: Lang;
}

export interface LoadSetResult {
  /** The set ready to bind and score with, or null when it has errors (`findings` says why). */
  set: ResolvedSet | null;
  /** Errors and warnings about the set, with the YAML's line and column. */
  findings: Finding[];
}

/**
 * Loads an indicator set: a bundled id (`vn-smartcity`, `dti-2022`), a path to a YAML file, or
 * nothing for the bundled default — what `--set` accepts. A set with errors is not thrown: it
 * comes back as `set: null` with its findings. A missing file or an unknown id throws a
 * SmartcityError (the CLI's exit 2). The library writes no cache: only the CLI keeps one.
 */
export async function loadSet(ref?: string, options: LoadSetOptions = {}): Promise<LoadSetResult> {
  const cwd = options.cwd ?? resolve();
  const loaded = await libraryStep(options.lang ?? 'en', () =>
    readIndicatorSet(ref?.normalize('NFC'), cwd, { tool: toolVersion(), cacheDir: null }),
  );
  return { set: loaded.set, findings: loaded.findings };
}
