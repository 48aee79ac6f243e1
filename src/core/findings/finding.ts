/**
 * A finding is anything wrong (or worth saying) about the user's content: a YAML set, a data file,
 * a province name. Findings are data, never exceptions; wording lives in the catalogue.
 */
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'vi' | 'en';

/** Where a finding points. Fill what is known; everything else stays null. */
export interface FindingLocation {
  file?: string | null;
  /** Worksheet name, for workbooks. */
  sheet?: string | null;
  /** 1-based row (Excel row for workbooks). */
  row?: number | null;
  /** Column: the Excel letter for workbooks ("E"), the 1-based field number for CSV and YAML. */
  column?: string | number | null;
  /** 1-based physical line, for CSV and YAML. */
  line?: number | null;
}

type FindingArgs = Readonly<Record<string, string | number | null | undefined>>;

export interface Finding {
  code: string;
  severity: Severity;
  /** Message arguments; the message text is rendered from the catalogue in the user's language. */
  args: FindingArgs;
  file: string | null;
  sheet: string | null;
  /** "E12" for workbooks, otherwise null. */
  cell: string | null;
  row: number | null;
  column: string | number | null;
  line: number | null;
  indicator: string | null;
  province: string | null;
  /** The offending input text, when there is one. */
  value: string | null;
}

export interface FindingExtras {
  indicator?: string | null;
  province?: string | null;
  value?: string | null;
  severity?: Severity;
}
