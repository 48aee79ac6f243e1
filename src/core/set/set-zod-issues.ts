import type { z } from 'zod';
import type { CodedArgs, FindingArgsOf, FindingCode } from '../findings/finding-args.js';
import {
  bandSchema,
  indicatorSchema,
  indicatorSetSchema,
  levelSchema,
  ratingSchema,
  stepSchema,
  targetScoringSchema,
} from './indicator-set-schema.js';
import { setDidYouMean } from './set-did-you-mean.js';
import type { SetIssue, SetPath } from './set-issue.js';
import { setValueAt } from './set-value-at.js';

type ZodIssue = z.core.$ZodIssue;

const GROUP_KEYS = ['code', 'name', 'points', 'description', 'groups', 'indicators'];
const LOCALIZED_KEYS = ['vi', 'en'];
const SCORING_KEYS: ReadonlyMap<string, readonly string[]> = new Map([
  ['target', Object.keys(targetScoringSchema.shape)],
  ['steps', ['method', 'steps']],
  ['boolean', ['method']],
  ['levels', ['method', 'levels']],
  ['info', ['method']],
]);

/**
 * Turns zod issues into coded set issues with our own wording. Raw zod messages never reach the
 * user: they name types in zod's terms ("received undefined") and say nothing about the fix.
 */
export function setZodIssues(issues: readonly ZodIssue[], input: unknown): SetIssue[] {
  const out: SetIssue[] = [];
  for (const issue of issues) convert(issue, [], input, out);
  // A step with a misspelt key also fails the min/max check; the key message is the useful one.
  const pathsWithOthers = new Set(
    out.filter((i) => i.code !== 'SET_STEP_BOUND').map((i) => pathKey(i.path.slice(0, -1))),
  );
  return out.filter((i) => i.code !== 'SET_STEP_BOUND' || !pathsWithOthers.has(pathKey(i.path)));
}

function convert(issue: ZodIssue, prefix: SetPath, input: unknown, out: SetIssue[]): void {
  const path = [...prefix, ...issue.path.filter(isKey)];
  const value = setValueAt(input, path);
  const field = setFieldLabel(path);
  const push = <C extends FindingCode>(code: C, args: FindingArgsOf<C>, at?: 'key'): void => {
    const coded = { code, args } as CodedArgs;
    out.push(at ? { ...coded, path, at } : { ...coded, path });
  };
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        push('SET_MISSING_KEY', { key: field });
        return;
      }
      const shown = setShowValue(value);
      if (path.length === 0) push('SET_YAML_ROOT_NOT_MAPPING', {});
      else if (issue.expected === 'string') push('SET_EXPECTED_TEXT', { field, value: shown });
      else if (issue.expected === 'number') push('SET_EXPECTED_NUMBER', { field, value: shown });
      else if (issue.expected === 'boolean') push('SET_EXPECTED_BOOLEAN', { field, value: shown });
      else if (issue.expected === 'array' || issue.expected === 'tuple')
        push('SET_EXPECTED_LIST', { field, value: shown });
      else if (issue.expected === 'object') push('SET_EXPECTED_MAPPING', { field, value: shown });
      else push('SET_WRONG_TYPE', { field, value: shown });
      return;
    }
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        if (value === undefined) push('SET_MISSING_KEY', { key: field });
        else if (typeof value !== 'string')
          push('SET_EXPECTED_TEXT', { field, value: setShowValue(value) });
        else
          push('SET_UNKNOWN_METHOD', {
            value,
            allowed: [...SCORING_KEYS.keys()].join(', '),
          });
        return;
      }
      if (value === undefined) {
        push('SET_MISSING_KEY', { key: field });
        return;
      }
      // Our only plain unions are "text or {vi, en}": follow the branch the value's shape chose.
      const branch = issue.errors.find(
        (errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0),
      );
      if (branch) for (const inner of branch) convert(inner, path, input, out);
      else push('SET_EXPECTED_LOCALIZED', { field, value: setShowValue(value) });
      return;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path, input);
      for (const key of issue.keys) {
        const suggestion = setDidYouMean(key, allowed);
        const at: SetIssue = suggestion
          ? {
              code: 'SET_UNKNOWN_KEY_SUGGEST',
              args: { key, suggestion },
              path: [...path, key],
              at: 'key',
            }
          : {
              code: 'SET_UNKNOWN_KEY',
              args: { key, allowed: allowed.join(', ') },
              path: [...path, key],
              at: 'key',
            };
        out.push(at);
      }
      return;
    }
    case 'invalid_value':
      push('SET_INVALID_OPTION', {
        field,
        value: typeof value === 'string' ? value : setShowValue(value),
        allowed: issue.values.map(String).join(', '),
      });
      return;
    case 'too_small':
      if (issue.origin === 'array')
        push('SET_EMPTY_LIST', { field, minimum: Number(issue.minimum) });
      else if (issue.origin === 'string') push('SET_EMPTY_TEXT', { field });
      else if (Number(issue.minimum) === 0 && !issue.inclusive)
        push('SET_NOT_POSITIVE', { field, value: setShowValue(value) });
      else push('SET_NUMBER_OUT_OF_RANGE', { field, value: setShowValue(value), min: 0, max: 1 });
      return;
    case 'too_big':
      if (issue.origin === 'array')
        push('SET_LIST_LENGTH', { field, expected: Number(issue.maximum) });
      else push('SET_NUMBER_OUT_OF_RANGE', { field, value: setShowValue(value), min: 0, max: 1 });
      return;
    case 'invalid_format': {
      const shown = typeof value === 'string' ? value : setShowValue(value);
      const last = path[path.length - 1];
      if (last === 'code') push('SET_BAD_CODE', { value: shown });
      else if (last === 'id' && path.length === 1) push('SET_BAD_ID', { value: shown });
      else if (last === 'effective') push('SET_BAD_DATE', { field, value: shown });
      else if (last === 'id') push('SET_BAD_BAND_ID', { value: shown });
      else push('SET_INVALID_VALUE', { field });
      return;
    }
    case 'custom': {
      const setCode = issue.params?.['setCode'];
      if (setCode === 'SET_STEP_BOUND') push('SET_STEP_BOUND', {});
      else push('SET_INVALID_VALUE', { field });
      return;
    }
    default:
      push('SET_INVALID_VALUE', { field });
  }
}

/** The keys a mapping at `path` may hold, for "did you mean" and the list of allowed keys. */
function allowedKeys(path: SetPath, input: unknown): string[] {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 0) return Object.keys(indicatorSetSchema.shape);
  if (typeof last === 'number') {
    if (parent === 'groups') return GROUP_KEYS;
    if (parent === 'indicators') return Object.keys(indicatorSchema.shape);
    if (parent === 'steps') return Object.keys(stepSchema.in.shape);
    if (parent === 'levels') return Object.keys(levelSchema.shape);
    if (parent === 'bands') return Object.keys(bandSchema.shape);
    if (parent === 'ratings') return Object.keys(ratingSchema.shape);
  }
  if (last === 'scoring') {
    const method = setValueAt(input, [...path, 'method']);
    return [...(typeof method === 'string' ? (SCORING_KEYS.get(method) ?? []) : [])];
  }
  return LOCALIZED_KEYS;
}

/** `points`, `steps[1]`, `name.en`: the key a person looks for on the reported line. */
function setFieldLabel(path: SetPath): string {
  if (path.length === 0) return '(root)';
  let label = '';
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i]!;
    if (typeof segment === 'number') label = `[${segment}]${label}`;
    else {
      label = `${segment}${label}`;
      if (segment !== 'vi' && segment !== 'en') break;
      label = `.${label}`;
    }
  }
  return label.startsWith('.') ? label.slice(1) : label;
}

/** A short, language-neutral rendering of a parsed YAML value for messages. */
function setShowValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return String(value);
}

function isKey(segment: PropertyKey): segment is string | number {
  return typeof segment === 'string' || typeof segment === 'number';
}

function pathKey(path: SetPath): string {
  return JSON.stringify(path);
}
