import type { ReadBudget } from './read-budget.js';
import { isDateFormat, isPercentFormat } from './number-format.js';
import { builtinFormat } from './builtin-formats.js';
import { attribute, readXmlPart } from './xml-part.js';

/** How a number in a cell of a given style is seen: as is, as a percent (×100) or as a date. */
export type NumberKind = 'plain' | 'percent' | 'date';

/**
 * The kind of number each cell style (`<c s="n">`, an index into `cellXfs`) shows, from the
 * style's number format: a custom `<numFmt>` of styles.xml or one of Excel's built-in ids.
 * Fonts, fills and borders are never looked at.
 */
export function readCellFormats(part: string, bytes: Buffer, budget: ReadBudget): NumberKind[] {
  const custom = new Map<string, string>();
  const xfFormatIds: string[] = [];
  let inCellXfs = false;
  readXmlPart(
    part,
    bytes,
    {
      open(name, attributes) {
        if (name === 'numFmt') {
          const id = attribute(attributes, 'numFmtId');
          const code = attribute(attributes, 'formatCode');
          if (id !== undefined && code !== undefined) custom.set(id.trim(), code);
        } else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          xfFormatIds.push((attribute(attributes, 'numFmtId') ?? '0').trim());
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    budget,
  );
  return xfFormatIds.map((id) => {
    const code = custom.get(id) ?? builtinFormat(id);
    if (code === undefined) return 'plain';
    if (isDateFormat(code)) return 'date';
    return isPercentFormat(code) ? 'percent' : 'plain';
  });
}
