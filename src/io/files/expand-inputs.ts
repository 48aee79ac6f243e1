import type { Stats } from 'node:fs';
import { displayPath } from './display-path.js';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import { naturalCompare } from '../../core/text/natural-compare.js';
import { onDiskPath } from './on-disk-path.js';
import { systemReason } from './system-reason.js';

/** Where an input came from: how the default report path counts it (spec §1, §6). */
type InputOrigin = 'file' | 'directory' | 'pattern' | 'stdin';

export interface ResolvedInput {
  /** Absolute path on disk; null for standard input. */
  path: string | null;
  /**
   * How findings name it (spec §6): relative to the working directory when below it, with `/`
   * separators; `stdin` for `-`. Two files with one base name always differ here.
   */
  file: string;
  origin: InputOrigin;
}

export interface ExpandOptions {
  cwd: string;
  /** A directory argument descends into its subdirectories. */
  recursive?: boolean;
}

export interface ExpandedInputs {
  /** Files in command-line order; each directory's or pattern's files in natural path order. */
  inputs: ResolvedInput[];
  /** RUN_NO_MATCH (info) for each directory or pattern that yielded nothing. */
  findings: Finding[];
}

const DATA_EXTENSIONS = /\.(xlsx|xlsm|csv|tsv|txt)$/i;

/** Lock files, hidden files and the tool's own reports are never inputs found by a search. */
function skipped(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    /\.report\.[^.]+$/i.test(name) ||
    /^smartcity-report\./i.test(name)
  );
}

/**
 * Turns command-line input arguments — files, directories, glob patterns, `-` — into the files to
 * read (spec §6). Patterns are expanded here, not by the shell, so `"submissions/*.xlsx"` works
 * quoted, on Windows and in CI steps. The one entry point for every command that reads data.
 *
 * A literal path that does not exist is exit 2 (RUN_INPUT_NOT_FOUND). A directory or pattern
 * that yields nothing is an info RUN_NO_MATCH, unless nothing at all was found: exit 2
 * (RUN_NO_INPUT). A file named twice is read once (the first place wins).
 */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<ExpandedInputs> {
  const inputs: ResolvedInput[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (path: string | null, origin: InputOrigin, given?: string): void => {
    const key = path ?? '-';
    if (seen.has(key)) return;
    seen.add(key);
    const file = path === null ? 'stdin' : displayPath(path, options.cwd, given);
    inputs.push({ path, file, origin });
  };

  for (const raw of args) {
    const given = raw.normalize('NFC');
    if (given === '-') {
      add(null, 'stdin');
      continue;
    }
    const full = await onDiskPath(resolve(options.cwd, given));
    const info = await statOrError(full);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const found = await listDirectory(full, options.recursive === true);
        if (found.length === 0) findings.push(makeFinding('RUN_NO_MATCH', { pattern: given }));
        for (const path of found) add(path, 'directory');
      } else {
        // A regular file, or something the reader refuses with its own message.
        add(full, 'file', given);
      }
      continue;
    }
    // Lazy: the glob library loads only when an argument is not an existing path.
    const { isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(given)) {
      const code = (info as { code?: unknown }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw CannotRunError.of('RUN_INPUT_NOT_FOUND', { path: given });
      }
      throw CannotRunError.of('RUN_INPUT_UNREADABLE', { path: given, reason: systemReason(info) });
    }
    const found = await expandPattern(given, options.cwd);
    if (found.length === 0) findings.push(makeFinding('RUN_NO_MATCH', { pattern: given }));
    for (const path of found) add(path, 'pattern');
  }
  if (inputs.length === 0) {
    throw CannotRunError.of('RUN_NO_INPUT', { inputs: args.join(' ') });
  }
  return { inputs, findings };
}

async function statOrError(path: string): Promise<Stats | Error> {
  try {
    return await stat(path);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The data files of a directory (and, recursively, its subdirectories), in natural order. */
async function listDirectory(directory: string, recursive: boolean): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw CannotRunError.of('RUN_INPUT_UNREADABLE', { path: dir, reason: systemReason(error) });
    }
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive) await walk(path);
      } else if (DATA_EXTENSIONS.test(entry.name)) {
        files.push(path);
      }
    }
  };
  await walk(directory);
  return files.sort(naturalCompare);
}

/** A glob pattern's files (never directories), without the skipped names, in natural order. */
async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern.split(sep).join('/'), {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    dot: false,
  });
  return found
    .map((path) => resolve(path).normalize('NFC'))
    .filter((path) => !skipped(path.slice(path.lastIndexOf(sep) + 1)))
    .sort(naturalCompare);
}
