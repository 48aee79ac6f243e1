/** How to read one data file (the input options of spec §1 that concern bytes and sheets). */
export interface ReadOptions {
  encoding: 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  /** Sheet name or 1-based index, as the user typed it. */
  sheet: string | null;
  /** Bytes; default 50 MB. */
  maxSize: number;
}

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;
