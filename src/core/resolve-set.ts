import { catalogueEntry } from './catalogue/catalogue.js';
import { distributePoints } from './distribute-points.js';
import {
  indicatorSetSchema,
  type IndicatorOutput,
  type IndicatorSetOutput,
  type LocalizedInput,
} from './indicator-set-schema.js';
import { effectiveRange, indicatorSetRules } from './indicator-set-rules.js';
import {
  DEFAULT_BANDS,
  type Localized,
  type ResolvedGroup,
  type ResolvedIndicator,
  type ResolvedScoring,
  type ResolvedSet,
} from './resolved-set.js';
import { comparePaths, type SetIssue } from './set-issue.js';
import { setValueAt } from './set-value-at.js';
import { setWalk } from './set-walk.js';
import { setZodIssues } from './set-zod-issues.js';

export type { SetIssue, SetPath } from './set-issue.js';

/**
 * Nesting allowed in a parsed set (mappings and lists). A real set needs about 15; the cap keeps
 * recursive validation far from the stack limit whatever the input.
 */
export const MAX_SET_DEPTH = 100;

/**
 * Validates a parsed set (schema §2, rules §2.1), distributes points (§2.2) and normalises it.
 * `set` is null when there is any error; warnings alone leave the set usable.
 */
export function resolveSet(input: unknown): { set: ResolvedSet | null; issues: SetIssue[] } {
  if (depthOf(input) > MAX_SET_DEPTH) {
    return {
      set: null,
      issues: [{ code: 'SET_TOO_DEEP', args: { limit: MAX_SET_DEPTH }, path: [] }],
    };
  }
  const parsed = indicatorSetSchema.safeParse(input);
  if (!parsed.success) {
    return { set: null, issues: withIndicators(setZodIssues(parsed.error.issues, input), input) };
  }
  const set = parsed.data;
  const walked = setWalk(set.groups);
  const issues = indicatorSetRules(set, walked.groups, walked.indicators);
  const points = distributePoints(set.groups, set.total);
  issues.push(...points.issues);
  issues.sort((a, b) => comparePaths(a.path, b.path));
  const attributed = withIndicators(issues, input);
  if (attributed.some((issue) => catalogueEntry(issue.code).severity === 'error')) {
    return { set: null, issues: attributed };
  }
  const groups: ResolvedGroup[] = walked.groups.map(({ group, level, parent }) => ({
    code: group.code,
    level,
    parent: parent ? parent.group.code : null,
    name: localized(group.name),
    points: points.groups.get(group) ?? 0,
    groups: (group.groups ?? []).map((child) => child.code),
    indicators: (group.indicators ?? []).map((indicator) => indicator.code),
  }));
  const indicators: ResolvedIndicator[] = walked.indicators.map(({ indicator, parent }) => {
    const path: string[] = [];
    for (let g: typeof parent | null = parent; g; g = g.parent) path.unshift(g.group.code);
    return resolveIndicator(indicator, path, points.indicators.get(indicator) ?? 0);
  });
  return { set: normalised(set, groups, indicators), issues: attributed };
}

function normalised(
  set: IndicatorSetOutput,
  groups: ResolvedGroup[],
  indicators: ResolvedIndicator[],
): ResolvedSet {
  const levelNames = set.levels
    ? set.levels.vi.map((vi, i) => ({ vi, en: set.levels?.en?.[i] ?? vi }))
    : null;
  return {
    id: set.id,
    version: set.version,
    title: localized(set.title),
    source: set.source ?? null,
    effective: set.effective ?? null,
    levels: levelNames,
    missing: set.missing ?? 'zero',
    total: set.total ?? null,
    bands: (set.bands ?? DEFAULT_BANDS)
      .map((band) => ({ id: band.id, min: band.min }))
      .sort((a, b) => b.min - a.min),
    ratings: (set.ratings ?? [])
      .map((rating) => ({ min: rating.min, label: localized(rating.label) }))
      .sort((a, b) => b.min - a.min),
    groups,
    indicators,
  };
}

function resolveIndicator(
  indicator: IndicatorOutput,
  path: string[],
  points: number,
): ResolvedIndicator {
  const direction = indicator.direction ?? 'higher';
  return {
    code: indicator.code,
    name: localized(indicator.name),
    path,
    type: indicator.type,
    unit: indicator.unit ?? null,
    direction,
    points,
    scoring: resolveScoring(indicator.scoring),
    range: effectiveRange(indicator),
    ratio: indicator.ratio ?? false,
    evidence: indicator.evidence ?? 'optional',
    aliases: indicator.aliases ?? [],
    basis: indicator.basis ?? null,
  };
}

function resolveScoring(scoring: IndicatorOutput['scoring']): ResolvedScoring {
  switch (scoring.method) {
    case 'target':
      // The rules guarantee `worst` for direction lower; 0 is the default for higher (§2.3).
      return { method: 'target', target: scoring.target, worst: scoring.worst ?? 0 };
    case 'steps':
      return { method: 'steps', steps: scoring.steps.map((step) => ({ ...step })) };
    case 'levels':
      return {
        method: 'levels',
        levels: scoring.levels.map((level, i) => ({
          label: localized(level.label),
          score: level.score ?? i / (scoring.levels.length - 1),
        })),
      };
    case 'boolean':
      return { method: 'boolean' };
    case 'info':
      return { method: 'info' };
  }
}

/** `en` falls back to `vi`; a plain string serves both languages. */
function localized(text: LocalizedInput): Localized {
  return typeof text === 'string'
    ? { vi: text, en: text }
    : { vi: text.vi, en: text.en ?? text.vi };
}

/** Attributes each issue to the indicator whose mapping it sits in, for `finding.indicator`. */
function withIndicators(issues: SetIssue[], input: unknown): SetIssue[] {
  return issues.map((issue) => {
    if (issue.indicator !== undefined) return issue;
    for (let i = issue.path.length - 1; i > 0; i--) {
      if (issue.path[i - 1] === 'indicators' && typeof issue.path[i] === 'number') {
        const code = setValueAt(input, [...issue.path.slice(0, i + 1), 'code']);
        return typeof code === 'string' ? { ...issue, indicator: code } : issue;
      }
    }
    return issue;
  });
}

/** Nesting depth without recursion, so a hostile input cannot overflow the stack here. */
function depthOf(input: unknown): number {
  let max = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > max) max = depth + 1;
    if (max > MAX_SET_DEPTH) return max;
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return max;
}
