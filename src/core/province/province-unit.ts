/** One administrative unit of the registry: a current (2025) or a former (pre-2025) province. */
export interface ProvinceUnit {
  /** GSO code, always text: "01". */
  code: string;
  name: string;
  type: 'province' | 'city';
  era: '2025' | 'pre-2025';
  /** ISO dates; null = open. */
  validFrom: string | null;
  validTo: string | null;
  /** Successor's code (pre-2025 units; a continuing unit names its own code), or null. */
  successor: string | null;
  aliases: string[];
}
