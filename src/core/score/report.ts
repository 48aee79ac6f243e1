import type { EntityData } from '../table/dataset.js';
import type { Finding } from '../findings/finding.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { Localized, ResolvedSet } from '../set/resolved-set.js';

/** Scores at full precision; rounding happens only when rendering. */
export interface IndicatorScore {
  code: string;
  value: number | boolean | null;
  status: 'reported' | 'missing' | 'info';
  achievement: number | null;
  points: number | null;
  maxPoints: number | null;
  pointsLost: number | null;
  gap: number | null;
  /** Band id, "missing" when not reported, null for info indicators. */
  band: string | null;
  evidence: string | null;
}

export interface GroupScore {
  code: string;
  level: number;
  parent: string | null;
  name: Localized;
  points: number;
  maxPoints: number;
  /** null when maxPoints is 0. */
  index: number | null;
  /** Competition rank among entities; null for a single entity. */
  rank: number | null;
}

export interface GapEntry {
  code: string;
  pointsLost: number;
  gap: number | null;
  band: string | null;
}

export interface EntityScore {
  label: string;
  province: { code: string; name: string } | null;
  year: number | null;
  source: { file: string; sheet: string | null };
  points: number;
  maxPoints: number;
  index: number | null;
  coverage: number;
  rating: Localized | null;
  /**
   * Coverage below the set's minCoverage (or --min-coverage): no rating (spec §7), shown as
   * "Chưa xếp loại (thiếu số liệu)"; points, index and rank stay.
   */
  lowCoverage?: boolean;
  rank: number | null;
  groups: GroupScore[];
  indicators: IndicatorScore[];
  gaps: GapEntry[];
  /**
   * Only in a rolled-up report (spec §8.2): the pre-2025 provinces present in the data that make
   * up this 2025 unit, in code order, with their own indexes (a continuing unit lists itself).
   */
  predecessors?: { code: string; name: string; index: number | null }[];
}

/** How pre-2025 data was brought to the 2025 units (spec §8.2). */
export type RollupMode = 'scores' | 'values';

export interface Report {
  set: ResolvedSet;
  /** `rollup` only when the entities are 2025 units rolled up from pre-2025 data. */
  policy: { missing: MissingPolicy; rollup?: RollupMode };
  entities: EntityScore[];
  /** Every finding of every input, in the order they were found. */
  findings: Finding[];
  /** The bound data, for renderers that show input details. */
  data: EntityData[];
}
