import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../core/findings/cannot-run-error.js';
import { writeSafely } from '../write-output.js';
import { systemReason } from '../../io/files/system-reason.js';
import { compiledSetText } from '../../io/yaml/compiled-set-file.js';
import {
  besideCompiledFile,
  isSetFileRef,
  readIndicatorSet,
} from '../../io/yaml/read-indicator-set.js';
import type { CommandDeps } from '../command-deps.js';
import { globalOptions } from '../global-options.js';
import { toolVersion } from '../tool-version.js';
import { plural, setVerdict } from './set-verdict.js';

/**
 * The action of `smartcity indicators compile <set.yaml>`: validates the set from its YAML (as
 * `check` does) and, when it is valid, writes `<set>.compiled.json` beside it, which later runs
 * load instead of the YAML as long as the YAML is byte for byte the one compiled.
 */
export async function runIndicatorsCompile(
  deps: CommandDeps,
  ref: string,
  command: Command,
): Promise<void> {
  const options = globalOptions(command);
  const wanted = ref.normalize('NFC');
  // A bundled set is compiled by the build, into the package; nothing to write beside it.
  if (!isSetFileRef(wanted)) throw CannotRunError.of('RUN_COMPILE_NEEDS_FILE', { ref: wanted });
  const loaded = await readIndicatorSet(wanted, deps.ctx.cwd, {
    tool: toolVersion(),
    fromYaml: true,
  });
  const set = setVerdict(deps, options, loaded);
  if (set === null || loaded.compiled === null) return;
  const target = besideCompiledFile(loaded.path);
  const shown = join(dirname(loaded.file), basename(target));
  const text = compiledSetText(loaded.compiled);
  try {
    // Only for a set far beyond any accepted YAML; said as the system would say it.
    if (text === null) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    await writeSafely(target, text);
  } catch (error) {
    throw CannotRunError.of('RUN_COMPILE_WRITE_FAILED', {
      path: shown,
      reason: systemReason(error),
    });
  }
  const warnings = loaded.findings.filter((finding) => finding.severity === 'warning').length;
  deps.ctx.stdout(
    options.lang === 'vi'
      ? `${loaded.file} → ${shown}: ${set.id} ${set.version}, ${set.indicators.length} chỉ số, ${warnings} cảnh báo.\n`
      : `${loaded.file} → ${shown}: ${set.id} ${set.version}, ${plural(set.indicators.length, 'indicator')}, ${plural(warnings, 'warning')}.\n`,
  );
}
