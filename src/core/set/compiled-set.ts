import { catalogue } from '../findings/catalogue/catalogue.js';
import type { CodedArgs, FindingCode } from '../findings/finding-args.js';
import type { Finding } from '../findings/finding.js';
import { codedFinding } from '../findings/make-finding.js';
import { jsonCheck as c } from './json-check.js';
import type { ResolvedSet } from './resolved-set.js';
import { resolvedSetCheck } from './resolved-set-check.js';

/**
 * Bump whenever what a set compiles to changes shape: ResolvedSet, or the entry below. (A change
 * of the rules themselves changes the tool's version, which an entry must match too.)
 */
const COMPILED_SET_FORMAT = 3;

/** A finding of a valid set (a warning), without its file: the same YAML may sit anywhere. */
interface CompiledFinding {
  code: FindingCode;
  args: Finding['args'];
  line: number | null;
  column: string | number | null;
  indicator: string | null;
}

/**
 * A valid indicator set as loading its YAML gives it, stored as JSON (beside the YAML, in the
 * user's cache, or in dist/sets for the bundled sets) so the next run skips `yaml` and zod. It
 * is bound to the exact YAML bytes by their SHA-256 and to the tool version that made it.
 */
export interface CompiledSet {
  format: number;
  tool: string;
  yamlSha256: string;
  set: ResolvedSet;
  findings: CompiledFinding[];
}

/** Which YAML, and which tool, a compiled set must come from to be used. */
export interface CompiledSetStamp {
  tool: string;
  yamlSha256: string;
}

/** The compiled form of a set just loaded from its YAML without errors. */
export function compiledSet(
  set: ResolvedSet,
  findings: readonly Finding[],
  stamp: CompiledSetStamp,
): CompiledSet {
  return {
    format: COMPILED_SET_FORMAT,
    tool: stamp.tool,
    yamlSha256: stamp.yamlSha256,
    set,
    findings: findings.map((finding) => ({
      code: finding.code as FindingCode,
      args: finding.args,
      line: finding.line,
      column: finding.column,
      indicator: finding.indicator,
    })),
  };
}

/** The findings of a compiled set, exactly as loading its YAML as `file` reports them. */
export function compiledSetFindings(compiled: CompiledSet, file: string): Finding[] {
  return compiled.findings.map(({ code, args, line, column, indicator }) =>
    codedFinding({ code, args } as CodedArgs, { file, line, column }, { indicator }),
  );
}

const isFindingCode = (value: unknown): value is FindingCode =>
  typeof value === 'string' && Object.hasOwn(catalogue, value);

const compiledFinding = c.object<CompiledFinding>({
  code: isFindingCode,
  args: (value): value is Finding['args'] =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((arg) => arg === null || c.text(arg) || c.number(arg)),
  line: c.nullable(c.number),
  column: c.nullable(c.anyOf(c.text, c.number)),
  indicator: c.nullable(c.text),
});

const compiledShape = c.object<CompiledSet>({
  format: c.number,
  tool: c.text,
  yamlSha256: c.text,
  set: resolvedSetCheck,
  findings: c.list(compiledFinding),
});

/**
 * Parsed JSON as a compiled set of exactly this YAML and this tool, or null: another format,
 * another version, another YAML, or anything that is not what compiledSet writes (a damaged or
 * hand-made file). A valid set's findings are never errors, so an entry carrying one is refused.
 */
export function trustedCompiledSet(value: unknown, stamp: CompiledSetStamp): CompiledSet | null {
  if (typeof value !== 'object' || value === null) return null;
  const { format, tool, yamlSha256 } = value as Record<string, unknown>;
  // The cheap comparisons first: a stale entry is the common miss.
  if (format !== COMPILED_SET_FORMAT || tool !== stamp.tool || yamlSha256 !== stamp.yamlSha256) {
    return null;
  }
  if (!compiledShape(value)) return null;
  if (value.findings.some((finding) => catalogue[finding.code].severity === 'error')) return null;
  return value;
}
