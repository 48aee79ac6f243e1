/** What the user told us about a data file (spec §1 input options), already validated. */
export interface BindOptions {
  /** --province, as typed (NFC). */
  province: string | null;
  /** --year. */
  year: number | null;
  decimal: 'auto' | 'comma' | 'dot';
  /** --sheet, as typed: a name or a 1-based index. */
  sheet: string | null;
}
