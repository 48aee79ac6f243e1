/** How the delimiter of a CSV text was chosen, and where the records begin. */
export interface CsvDelimiterChoice {
  delimiter: string;
  /** `sep`: an Excel `sep=X` first line; `detected`: counted; `default`: no candidate occurs. */
  source: 'sep' | 'detected' | 'default';
  /** UTF-16 index in the text where records start (after a `sep=` line, else 0). */
  bodyStart: number;
}

/** Tie order: a tab never occurs in typed text, and `;` files carry decimal commas in values. */
const CANDIDATES = ['\t', ';', ','] as const;

/** Records looked at; official forms put a few title rows above the header. */
const SAMPLE_RECORDS = 30;
/** Characters looked at, so one enormous first field cannot make detection scan the whole file. */
const SAMPLE_CHARS = 1 << 20;

const SEP_LINE = /^sep=([^"\r\n])[ \t]*(\r\n|\n|\r|$)/i;

/**
 * Chooses the field delimiter (spec §3.5). An Excel `sep=X` first line decides and is consumed.
 * Otherwise each candidate (tab, `;`, `,`) reads the first 30 non-blank records — quotes open
 * only at a field start, so each candidate sees the quotes differently — and the candidates are
 * ranked by, in order:
 * 1. its quotes balance (a quote that opens and never closes means a wrong reading);
 * 2. fewer stray quotes (mid-field, or a closing quote followed by text; Excel writes none);
 * 3. support: how many records have the candidate's commonest non-zero count, so a consistent
 *    table beats a character frequent in a few cells (decimal commas, commas in names);
 * 4. the larger count; 5. the order tab, `;`, `,` (`;` files carry decimal commas).
 * Title rows such as "BIỂU SỐ LIỆU" contain no candidate and do not count; a header found
 * anywhere in the first 30 records works. No candidate at all means one column: `,` is
 * returned. csv-parse's `delimiter_auto` is not used: it crashes on non-ASCII text.
 */
export function csvDelimiter(text: string): CsvDelimiterChoice {
  const sep = SEP_LINE.exec(text);
  if (sep !== null) {
    return { delimiter: sep[1]!, source: 'sep', bodyStart: sep[0].length };
  }
  let best: (Reading & { delimiter: string; count: number; support: number }) | null = null;
  for (const candidate of CANDIDATES) {
    const reading = readSample(text, candidate);
    const layout = commonestCount(reading.counts);
    if (layout === null) continue;
    const next = { delimiter: candidate, ...reading, ...layout };
    if (best === null || better(next, best)) best = next;
  }
  return best === null
    ? { delimiter: ',', source: 'default', bodyStart: 0 }
    : { delimiter: best.delimiter, source: 'detected', bodyStart: 0 };
}

interface Reading {
  /** Occurrences outside quotes, per non-blank record of the sample. */
  counts: number[];
  /** False when a quote opens and the text ends before it closes. */
  balanced: boolean;
  /** Quotes this reading cannot explain: inside an unquoted field, or a closing quote not
   * followed by a delimiter or line end. A file written by Excel has none under its delimiter. */
  strays: number;
}

type Ranked = Reading & { count: number; support: number };

function better(a: Ranked, b: Ranked): boolean {
  if (a.balanced !== b.balanced) return a.balanced;
  if (a.strays !== b.strays) return a.strays < b.strays;
  if (a.support !== b.support) return a.support > b.support;
  return a.count > b.count;
}

/**
 * Occurrences of `delimiter` outside quotes in each non-blank record of the sample, read the way
 * the parser will read them if this candidate is chosen: a quote opens a field only at its
 * start, `""` is an escaped quote, and a quoted field may span lines.
 */
function readSample(text: string, delimiter: string): Reading {
  const counts: number[] = [];
  let quoted = false;
  let strays = 0;
  const end = Math.min(text.length, SAMPLE_CHARS);
  let i = 0;
  while (i < end && counts.length < SAMPLE_RECORDS) {
    let count = 0;
    let blank = true;
    let fieldStart = true;
    quoted = false;
    for (; i < end; i++) {
      const c = text[i];
      if (quoted) {
        blank = false;
        if (c === '"') {
          const next = text[i + 1];
          if (next === '"') i++;
          else {
            quoted = false;
            if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
              strays++;
            }
          }
        }
        continue;
      }
      if (c === '\n' || c === '\r') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        break;
      }
      if (c === delimiter) {
        // A line of only delimiters (an Excel export's empty row) still shows the layout.
        count++;
        blank = false;
        fieldStart = true;
        continue;
      }
      if (c === '"') {
        if (fieldStart) quoted = true;
        else strays++;
      }
      if (c !== ' ' && c !== '\t') blank = false;
      fieldStart = false;
    }
    if (!blank) counts.push(count);
  }
  // Only an open quote at the very end of the text is proof; the sample may stop mid-field.
  return { counts, balanced: !(quoted && i >= text.length), strays };
}

/** The most frequent non-zero count and how many records have it (ties → the larger count). */
function commonestCount(counts: readonly number[]): { count: number; support: number } | null {
  const freq = new Map<number, number>();
  for (const n of counts) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
  let best: { count: number; support: number } | null = null;
  for (const [count, support] of freq) {
    if (
      best === null ||
      support > best.support ||
      (support === best.support && count > best.count)
    ) {
      best = { count, support };
    }
  }
  return best;
}
