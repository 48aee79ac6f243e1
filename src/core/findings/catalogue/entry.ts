import type { Lang, Severity } from '../finding.js';

/**
 * One catalogue entry: the default severity and the message in both languages. Messages are
 * templates; `{name}` is replaced by the finding's argument of that name.
 */
export interface CatalogueEntry {
  severity: Severity;
  vi: string;
  en: string;
  /**
   * Arguments whose value is a key, not text: the message says the key's words in its own
   * language (`source: 'file-name'` → "tên tệp" / "the file name"). Placeholder → key → words.
   */
  terms?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<Lang, string>>>>>>;
}

export type CatalogueSection = Readonly<Record<string, CatalogueEntry>>;
