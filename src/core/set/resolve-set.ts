import { catalogueEntry } from '../findings/catalogue/catalogue.js';
import { distributePoints } from './distribute-points.js';
import { indicatorSetSchema } from './indicator-set-schema.js';
import { indicatorSetRules } from './indicator-set-rules.js';
import type { ResolvedSet } from './resolved-set.js';
import { resolvedSetOf } from './resolved-set-of.js';
import { MAX_SET_DEPTH, setDepth } from './set-depth.js';
import { comparePaths, type SetIssue } from './set-issue.js';
import { setValueAt } from './set-value-at.js';
import { setWalk } from './set-walk.js';
import { setZodIssues } from './set-zod-issues.js';

export type { SetIssue } from './set-issue.js';

/**
 * Validates a parsed set (schema §2, rules §2.1), distributes points (§2.2) and normalises it.
 * `set` is null when there is any error; warnings alone leave the set usable.
 */
export function resolveSet(input: unknown): { set: ResolvedSet | null; issues: SetIssue[] } {
  if (setDepth(input) > MAX_SET_DEPTH) {
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
  return { set: resolvedSetOf(set, walked, points), issues: attributed };
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
