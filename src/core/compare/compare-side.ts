import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { RollupMode } from '../score/report.js';

/**
 * One side of a comparison (spec §8.1) as a JSON report gives it: texts already in one language
 * and numbers rounded as §4.2 prints them, so a side read from data and the same side read back
 * from `score -o x.json` compare identically.
 */
export interface CompareSide {
  set: {
    id: string;
    version: string;
    title: string;
    groups: { code: string; level: number; name: string }[];
    indicators: { code: string; name: string }[];
  };
  policy: { missing: MissingPolicy; rollup: RollupMode | null };
  entities: SideEntity[];
}

export interface SideEntity {
  label: string;
  province: { code: string; name: string } | null;
  year: number | null;
  points: number;
  maxPoints: number;
  index: number | null;
  rank: number | null;
  rating: string | null;
  coverage: number;
  groups: { code: string; index: number | null }[];
  indicators: {
    code: string;
    value: number | boolean | null;
    achievement: number | null;
    points: number | null;
  }[];
}
