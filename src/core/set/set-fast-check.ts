import type {
  GroupOutput,
  IndicatorOutput,
  IndicatorSetOutput,
  Scoring,
} from './indicator-set-schema.js';
import { setVocabulary } from './set-vocabulary.js';

/**
 * The zod schema of indicator-set-schema.ts, checked by hand for sets that pass it: returns
 * exactly what `indicatorSetSchema.safeParse(input).data` would (same values, keys in the
 * schema's order, steps already `{min, score}` / `{max, score}`), or null when zod might say
 * anything at all. It never explains a problem — on null the caller runs zod, which does — so
 * it only has to be right about acceptance. Why bother: importing zod and building the schema
 * costs ~70 ms, more than loading a valid set from a path takes without it.
 *
 * Every check mirrors one zod rule: strict objects (no unknown key), `z.number()` (finite),
 * `.positive()`, `.min(1)` on strings and arrays, regexes, enums, the `method` discriminator.
 */
export function setFastCheck(input: unknown): IndicatorSetOutput | null {
  try {
    return setOf(input);
  } catch (error) {
    if (error === REJECT) return null;
    throw error;
  }
}

/** Thrown (and caught above) to leave the check at the first thing zod would not accept. */
const REJECT = Symbol('reject');

function reject(): never {
  throw REJECT;
}

type Fields = Record<string, unknown>;

/** A strict object: a plain mapping whose keys are all among `allowed`. */
function fields(value: unknown, allowed: ReadonlySet<string>): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) reject();
  for (const key of Object.keys(value)) if (!allowed.has(key)) reject();
  // Keys zod would see but Object.keys does not (symbols, non-enumerable): none in parsed YAML,
  // but leave anything unusual to zod.
  if (Reflect.ownKeys(value).length !== Object.keys(value).length) reject();
  return value as Fields;
}

/** An optional key is present; its value is then checked like any other (undefined fails). */
function has(object: Fields, key: string): boolean {
  return Object.hasOwn(object, key);
}

function text(value: unknown, minLength = 0): string {
  if (typeof value !== 'string' || value.length < minLength) reject();
  return value;
}

function matching(value: unknown, pattern: RegExp): string {
  const s = text(value);
  if (!pattern.test(s)) reject();
  return s;
}

function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) reject();
  return value;
}

function positive(value: unknown): number {
  const n = finite(value);
  if (!(n > 0)) reject();
  return n;
}

function unit(value: unknown): number {
  const n = finite(value);
  if (n < 0 || n > 1) reject();
  return n;
}

function oneOf<T extends string>(value: unknown, words: readonly T[]): T {
  if (typeof value !== 'string' || !(words as readonly string[]).includes(value)) reject();
  return value as T;
}

function list(value: unknown, minLength = 0): unknown[] {
  if (!Array.isArray(value) || value.length < minLength) reject();
  // Holes fail zod's element checks; leave them to zod.
  for (let i = 0; i < value.length; i++) if (!Object.hasOwn(value, i)) reject();
  return value;
}

const LOCALIZED_KEYS = new Set(['vi', 'en']);

/** `localizedSchema`: a non-empty string, or `{vi, en?}` with non-empty strings. */
function localized(value: unknown): string | { vi: string; en?: string } {
  if (typeof value === 'string') return text(value, 1);
  const o = fields(value, LOCALIZED_KEYS);
  const out: { vi: string; en?: string } = { vi: text(o['vi'], 1) };
  if (has(o, 'en')) out.en = text(o['en'], 1);
  return out;
}

const SET_KEYS = new Set([
  '$schema',
  'id',
  'version',
  'title',
  'source',
  'effective',
  'levels',
  'missing',
  'total',
  'bands',
  'ratings',
  'groups',
]);
const LEVEL_NAME_KEYS = new Set(['vi', 'en']);
const BAND_KEYS = new Set(['id', 'min']);
const RATING_KEYS = new Set(['min', 'label']);

function setOf(input: unknown): IndicatorSetOutput {
  const o = fields(input, SET_KEYS);
  const out: Fields = {};
  if (has(o, '$schema')) out['$schema'] = text(o['$schema']);
  out['id'] = matching(o['id'], setVocabulary.idPattern);
  out['version'] = text(o['version'], 1);
  out['title'] = localized(o['title']);
  if (has(o, 'source')) out['source'] = text(o['source']);
  if (has(o, 'effective')) out['effective'] = matching(o['effective'], setVocabulary.datePattern);
  if (has(o, 'levels')) {
    const levels = fields(o['levels'], LEVEL_NAME_KEYS);
    const names: { vi: string[]; en?: string[] } = { vi: list(levels['vi']).map((s) => text(s)) };
    if (has(levels, 'en')) names.en = list(levels['en']).map((s) => text(s));
    out['levels'] = names;
  }
  if (has(o, 'missing')) out['missing'] = oneOf(o['missing'], setVocabulary.missingPolicies);
  if (has(o, 'total')) out['total'] = positive(o['total']);
  if (has(o, 'bands')) {
    out['bands'] = list(o['bands'], 1).map((value) => {
      const band = fields(value, BAND_KEYS);
      return { id: matching(band['id'], setVocabulary.bandIdPattern), min: unit(band['min']) };
    });
  }
  if (has(o, 'ratings')) {
    out['ratings'] = list(o['ratings'], 1).map((value) => {
      const rating = fields(value, RATING_KEYS);
      return { min: unit(rating['min']), label: localized(rating['label']) };
    });
  }
  out['groups'] = list(o['groups'], 1).map(group);
  return out as unknown as IndicatorSetOutput;
}

const GROUP_KEYS = new Set(['code', 'name', 'points', 'description', 'groups', 'indicators']);

function group(value: unknown): GroupOutput {
  const o = fields(value, GROUP_KEYS);
  const out: GroupOutput = {
    code: matching(o['code'], setVocabulary.codePattern),
    name: localized(o['name']),
  };
  if (has(o, 'points')) out.points = positive(o['points']);
  if (has(o, 'description')) out.description = localized(o['description']);
  if (has(o, 'groups')) out.groups = list(o['groups'], 1).map(group);
  if (has(o, 'indicators')) out.indicators = list(o['indicators'], 1).map(indicator);
  return out;
}

const INDICATOR_KEYS = new Set([
  'code',
  'name',
  'type',
  'unit',
  'direction',
  'points',
  'scoring',
  'range',
  'ratio',
  'evidence',
  'aliases',
  'basis',
  'description',
]);

function indicator(value: unknown): IndicatorOutput {
  const o = fields(value, INDICATOR_KEYS);
  const out: Fields = {
    code: matching(o['code'], setVocabulary.codePattern),
    name: localized(o['name']),
    type: oneOf(o['type'], setVocabulary.indicatorTypes),
  };
  if (has(o, 'unit')) out['unit'] = text(o['unit']);
  if (has(o, 'direction')) out['direction'] = oneOf(o['direction'], setVocabulary.directions);
  if (has(o, 'points')) out['points'] = positive(o['points']);
  out['scoring'] = scoring(o['scoring']);
  if (has(o, 'range')) {
    const range = list(o['range']);
    if (range.length !== 2) reject();
    out['range'] = range.map((end) => (end === null ? null : finite(end)));
  }
  if (has(o, 'ratio')) {
    if (typeof o['ratio'] !== 'boolean') reject();
    out['ratio'] = o['ratio'];
  }
  if (has(o, 'evidence')) out['evidence'] = oneOf(o['evidence'], setVocabulary.evidence);
  if (has(o, 'aliases')) out['aliases'] = list(o['aliases']).map((alias) => text(alias, 1));
  if (has(o, 'basis')) out['basis'] = text(o['basis']);
  if (has(o, 'description')) out['description'] = localized(o['description']);
  return out as unknown as IndicatorOutput;
}

const TARGET_KEYS = new Set(['method', 'target', 'worst']);
const STEPS_KEYS = new Set(['method', 'steps']);
const STEP_KEYS = new Set(['min', 'max', 'score']);
const LEVELS_KEYS = new Set(['method', 'levels']);
const LEVEL_KEYS = new Set(['label', 'score']);
const METHOD_ONLY_KEYS = new Set(['method']);

function scoring(value: unknown): Scoring {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) reject();
  switch ((value as Fields)['method']) {
    case 'target': {
      const o = fields(value, TARGET_KEYS);
      const out: Scoring = { method: 'target', target: finite(o['target']) };
      if (has(o, 'worst')) out.worst = finite(o['worst']);
      return out;
    }
    case 'steps': {
      const o = fields(value, STEPS_KEYS);
      return { method: 'steps', steps: list(o['steps'], 1).map(step) };
    }
    case 'levels': {
      const o = fields(value, LEVELS_KEYS);
      const levels = list(o['levels']).map((item) => {
        const level = fields(item, LEVEL_KEYS);
        const out: { label: ReturnType<typeof localized>; score?: number } = {
          label: localized(level['label']),
        };
        if (has(level, 'score')) out.score = finite(level['score']);
        return out;
      });
      return { method: 'levels', levels };
    }
    case 'boolean':
      fields(value, METHOD_ONLY_KEYS);
      return { method: 'boolean' };
    case 'info':
      fields(value, METHOD_ONLY_KEYS);
      return { method: 'info' };
    default:
      return reject();
  }
}

/** `stepSchema` with its transform: exactly one of `min` / `max`. */
function step(value: unknown): { min: number; score: number } | { max: number; score: number } {
  const o = fields(value, STEP_KEYS);
  const min = has(o, 'min') ? finite(o['min']) : undefined;
  const max = has(o, 'max') ? finite(o['max']) : undefined;
  const score = finite(o['score']);
  if (min !== undefined && max === undefined) return { min, score };
  if (max !== undefined && min === undefined) return { max, score };
  return reject();
}
