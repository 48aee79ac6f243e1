import type { Finding } from '../findings/finding.js';
import type { CompareSide, SideEntity } from './compare-side.js';

/** An entity's standing on one side. */
type Snapshot = Pick<
  SideEntity,
  'year' | 'points' | 'maxPoints' | 'index' | 'rank' | 'rating' | 'coverage'
>;

export interface CompareEntity {
  label: string;
  /** The later side's unit. */
  province: { code: string; name: string } | null;
  before: Snapshot;
  after: Snapshot;
  /** `rank` = before − after, so a positive number means the entity moved up. */
  delta: { index: number | null; points: number; rank: number | null };
  groups: { code: string; before: number | null; after: number | null; delta: number | null }[];
  indicators: {
    code: string;
    before: number | null;
    after: number | null;
    delta: number | null;
    beforeValue: number | boolean | null;
    afterValue: number | boolean | null;
  }[];
  /** The five indicators with the most points gained (lost), ties by natural code order. */
  improved: { code: string; points: number }[];
  declined: { code: string; points: number }[];
}

export interface CompareResult {
  sets: { before: CompareSide['set']; after: CompareSide['set'] };
  /** Whether the sets differ in id or version (only the total and common top-level groups). */
  setChanged: boolean;
  policy: { before: CompareSide['policy']; after: CompareSide['policy'] };
  /** Matched entities, in the later side's order. */
  entities: CompareEntity[];
  onlyBefore: { label: string; province: { code: string; name: string } | null }[];
  onlyAfter: { label: string; province: { code: string; name: string } | null }[];
  findings: Finding[];
}
