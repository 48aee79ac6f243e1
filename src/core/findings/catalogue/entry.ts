import type { Severity } from '../finding.js';

/**
 * One catalogue entry: the default severity and the message in both languages. Messages are
 * templates; `{name}` is replaced by the finding's argument of that name.
 */
export interface CatalogueEntry {
  severity: Severity;
  vi: string;
  en: string;
}

export type CatalogueSection = Readonly<Record<string, CatalogueEntry>>;
