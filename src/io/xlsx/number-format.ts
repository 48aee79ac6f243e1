/**
 * Number formats as Excel applies them to what a person sees: date formats turn serial numbers
 * into dates, percent formats show the value ×100.
 */

/** The format code with literal parts removed: quoted text, `\x` escapes, `_x` spacing, `*x` fill. */
function formatTokens(numFmt: string): string {
  return numFmt.replace(/"[^"]*"|\\.|_.|\*./g, '');
}

/**
 * A date/time format: d, m, y, h or s outside literals, or an elapsed-time bracket ([h], [mm]).
 * Case-insensitive: LibreOffice writes `DD/MM/YYYY`.
 */
export function isDateFormat(numFmt: string): boolean {
  const tokens = formatTokens(numFmt);
  if (/\[(h+|m+|s+)\]/i.test(tokens)) return true;
  const bare = tokens.replace(/\[[^\]]*\]/g, '').replace(/general/gi, '');
  return /[dmyhs]/i.test(bare);
}

/** A percent format: `%` outside literals and brackets (Excel then shows the value ×100). */
export function isPercentFormat(numFmt: string): boolean {
  return formatTokens(numFmt)
    .replace(/\[[^\]]*\]/g, '')
    .includes('%');
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days less. */
const UNIX_EPOCH_SERIAL = 25569;

/** The ISO date (and time, when not midnight) of a serial number, or null out of range. */
export function serialToIso(serial: number, date1904: boolean): string | null {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0);
  const ms = Math.round(days * MS_PER_DAY);
  if (Math.abs(ms) > 8.64e15) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return null;
  const pad = (v: number, n = 2): string => String(v).padStart(n, '0');
  const date = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
}
