import type { DistributedPoints } from './distribute-points.js';
import type {
  IndicatorOutput,
  IndicatorSetOutput,
  LocalizedInput,
} from './indicator-set-schema.js';
import { effectiveRange } from './indicator-set-rules.js';
import {
  DEFAULT_BANDS,
  type Localized,
  type ResolvedGroup,
  type ResolvedIndicator,
  type ResolvedScoring,
  type ResolvedSet,
} from './resolved-set.js';
import type { WalkedGroup, WalkedIndicator } from './set-walk.js';

/**
 * The normalised set (resolved-set.ts) of a parsed set that has no errors, from its walk and its
 * distributed points: localised texts completed, defaults applied, groups and indicators as flat
 * lists in the set's order.
 */
export function resolvedSetOf(
  set: IndicatorSetOutput,
  walked: { groups: readonly WalkedGroup[]; indicators: readonly WalkedIndicator[] },
  points: DistributedPoints,
): ResolvedSet {
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
  return normalised(set, groups, indicators);
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
    minCoverage: set.minCoverage ?? 0,
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
    rollup: indicator.rollup ?? defaultRollup(indicator.type),
  };
}

/** Spec §8.2: shares average, counts add up, a yes needs every predecessor, a level the weakest. */
function defaultRollup(type: IndicatorOutput['type']): ResolvedIndicator['rollup'] {
  switch (type) {
    case 'percent':
    case 'number':
      return 'mean';
    case 'count':
      return 'sum';
    case 'boolean':
      return 'all';
    case 'level':
      return 'min';
  }
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
