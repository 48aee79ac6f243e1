import type {
  Direction,
  IndicatorType,
  MissingPolicy,
  RollupRule,
  Scoring,
} from './indicator-set-schema.js';

/**
 * The indicator set after validation and normalisation: what every later stage works with.
 * Localised texts are complete (`en` falls back to `vi`), points are distributed (§2.2),
 * defaults are applied, and groups and indicators are flat lists in the set's order.
 */
export interface Localized {
  vi: string;
  en: string;
}

export interface ResolvedBand {
  id: string;
  min: number;
}

interface ResolvedRating {
  min: number;
  label: Localized;
}

export interface ResolvedGroup {
  code: string;
  /** 1 for a top-level group. */
  level: number;
  /** Parent group's code, or null at the top. */
  parent: string | null;
  name: Localized;
  /** Points after distribution: given, or the sum of the children. */
  points: number;
  /** Codes of direct child groups, in order. */
  groups: string[];
  /** Codes of direct child indicators, in order. */
  indicators: string[];
}

interface ResolvedLevel {
  label: Localized;
  score: number;
}

/** Scoring with defaults applied: `worst` filled in for `target`, level scores computed. */
export type ResolvedScoring =
  | { method: 'target'; target: number; worst: number }
  | { method: 'steps'; steps: Extract<Scoring, { method: 'steps' }>['steps'] }
  | { method: 'boolean' }
  | { method: 'levels'; levels: ResolvedLevel[] }
  | { method: 'info' };

export interface ResolvedIndicator {
  code: string;
  name: Localized;
  /** Ancestor group codes from the top: ["HT", "HT.BR"]. */
  path: string[];
  type: IndicatorType;
  unit: string | null;
  direction: Direction;
  /** Max points after distribution; 0 for `info` indicators. */
  points: number;
  scoring: ResolvedScoring;
  /** Valid input range; null on an open side. */
  range: [number | null, number | null];
  ratio: boolean;
  evidence: 'required' | 'optional';
  aliases: string[];
  basis: string | null;
  /** How `--rollup values` combines predecessors' values (spec §8.2), the type's default applied. */
  rollup: RollupRule;
}

export interface ResolvedSet {
  id: string;
  version: string;
  title: Localized;
  source: string | null;
  effective: string | null;
  levels: Localized[] | null;
  missing: MissingPolicy;
  /**
   * Least coverage (share of points with data, 0–1) for a rating (spec §7); 0 or absent: no
   * check. Absent in sets built by hand.
   */
  minCoverage?: number;
  total: number | null;
  /** Sorted by `min`, highest first. */
  bands: ResolvedBand[];
  /** Sorted by `min`, highest first. */
  ratings: ResolvedRating[];
  /** Every group of every level, pre-order (the set's order). */
  groups: ResolvedGroup[];
  /** Every indicator, in the set's order. */
  indicators: ResolvedIndicator[];
}

export const DEFAULT_BANDS: ResolvedBand[] = [
  { id: 'achieved', min: 1 },
  { id: 'near', min: 0.75 },
  { id: 'far', min: 0.4 },
  { id: 'critical', min: 0 },
];
