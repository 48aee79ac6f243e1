import type { Finding, FindingLocation } from '../findings/finding.js';

/** The data of one entity after binding a table to the set: values keyed by indicator code. */
export interface ObservedValue {
  /**
   * percent/number/count: a number (percent in 0–100; a ratio already turned into a percent);
   * boolean: true/false; level: the 1-based level number; null: marked missing ("N/A", "-").
   */
  value: number | boolean | null;
  evidence: string | null;
  note: string | null;
  location: FindingLocation;
}

export interface EntityData {
  label: string;
  province: { code: string; name: string } | null;
  year: number | null;
  source: { file: string; sheet: string | null };
  /** Keyed by the indicator's canonical code. Indicators absent here were not reported. */
  values: Map<string, ObservedValue>;
  /**
   * Bound without values (`validate`): the codes that have a value, so coverage can be told
   * without keeping the values. Absent when `values` is kept.
   */
  reported?: Set<string>;
}

export interface Dataset {
  layout: 'long' | 'wide' | null;
  entities: EntityData[];
  findings: Finding[];
}
