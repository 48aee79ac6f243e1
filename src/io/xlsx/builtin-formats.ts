/**
 * Excel's built-in number formats (ECMA-376 Part 1, §18.8.30), which styles.xml refers to by id
 * without spelling them out. Ids 27–36 and 50–58 are dates in the East Asian locales that
 * define them; they are given a date code here so their cells read as dates everywhere.
 */
const BUILTIN: ReadonlyMap<string, string> = new Map([
  ['0', 'General'],
  ['1', '0'],
  ['2', '0.00'],
  ['3', '#,##0'],
  ['4', '#,##0.00'],
  ['9', '0%'],
  ['10', '0.00%'],
  ['11', '0.00E+00'],
  ['12', '# ?/?'],
  ['13', '# ??/??'],
  ['14', 'mm-dd-yy'],
  ['15', 'd-mmm-yy'],
  ['16', 'd-mmm'],
  ['17', 'mmm-yy'],
  ['18', 'h:mm AM/PM'],
  ['19', 'h:mm:ss AM/PM'],
  ['20', 'h:mm'],
  ['21', 'h:mm:ss'],
  ['22', 'm/d/yy h:mm'],
  ['37', '#,##0 ;(#,##0)'],
  ['38', '#,##0 ;[Red](#,##0)'],
  ['39', '#,##0.00;(#,##0.00)'],
  ['40', '#,##0.00;[Red](#,##0.00)'],
  ['45', 'mm:ss'],
  ['46', '[h]:mm:ss'],
  ['47', 'mmss.0'],
  ['48', '##0.0E+0'],
  ['49', '@'],
]);

const EAST_ASIAN_DATE = 'yyyy-mm-dd';

export function builtinFormat(id: string): string | undefined {
  const known = BUILTIN.get(id);
  if (known !== undefined) return known;
  const n = Number(id);
  return (n >= 27 && n <= 36) || (n >= 50 && n <= 58) ? EAST_ASIAN_DATE : undefined;
}
