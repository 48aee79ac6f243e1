import type { Finding } from '../findings/finding.js';

/**
 * One value of one entity after binding a table to the set. Read-only because a wide table's
 * binder shares one object among all cells with the same value (core/bind/shared-values.ts).
 * It carries no cell location: every finding about a cell is made while binding, where the
 * cell is at hand, and a location object per value was most of a large table's binding garbage.
 */
export interface ObservedValue {
  /**
   * percent/number/count: a number (percent in 0–100; a ratio already turned into a percent);
   * boolean: true/false; level: the 1-based level number; null: marked missing ("N/A", "-").
   */
  readonly value: number | boolean | null;
  readonly evidence: string | null;
  readonly note: string | null;
}

/** The codes that have a value: a `Set`, or a wide row's flags (table/row-reported.ts). */
type ReportedCodes = Pick<ReadonlySet<string>, 'has'>;

export interface EntityData {
  label: string;
  province: { code: string; name: string } | null;
  year: number | null;
  source: { file: string; sheet: string | null };
  /**
   * Keyed by the indicator's canonical code. Indicators absent here were not reported. A Map,
   * or for a wide table's row a leaner read-only map over one array (table/row-values.ts).
   */
  values: ReadonlyMap<string, ObservedValue>;
  /**
   * Bound without values (`validate`): the codes that have a value, so coverage can be told
   * without keeping the values. Absent when `values` is kept.
   */
  reported?: ReportedCodes;
}

export interface Dataset {
  layout: 'long' | 'wide' | null;
  entities: EntityData[];
  findings: Finding[];
}
