import { readFile, stat } from 'node:fs/promises';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import { strictUtf8 } from '../files/strict-utf8.js';
import { systemReason } from '../files/system-reason.js';
import type { ParsedProjectConfig } from './parse-project-config.js';

/** A configuration file holds a few lines; anything bigger is not one. */
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * Reads a `smartcity.config.yaml` (found, or named by --config) and checks it. A file that is not
 * there or cannot be read throws CannotRunError (exit 2); what is wrong inside it is findings
 * (`config: null`). `file` is how findings name it.
 */
export async function readProjectConfig(path: string, file: string): Promise<ParsedProjectConfig> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > MAX_CONFIG_BYTES) {
      return {
        config: null,
        findings: [
          makeFinding('RUN_CONFIG_SYNTAX', { detail: `> ${MAX_CONFIG_BYTES} B` }, { file }),
        ],
      };
    }
    bytes = await readFile(path);
  } catch (error) {
    const reason = systemReason(error);
    if (reason === 'ENOENT') throw CannotRunError.of('RUN_CONFIG_NOT_FOUND', { file });
    throw CannotRunError.of('RUN_CONFIG_UNREADABLE', { file, reason });
  }
  const text = strictUtf8(bytes);
  if (text === null) {
    return {
      config: null,
      findings: [makeFinding('RUN_CONFIG_SYNTAX', { detail: 'UTF-8' }, { file })],
    };
  }
  // Lazy: yaml and zod load only for a project that has a configuration file.
  const { parseProjectConfig } = await import('./parse-project-config.js');
  return parseProjectConfig(text, path, file);
}
