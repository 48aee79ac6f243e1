import { NumberTexts } from './xlsx-number-texts.js';
import { SharedStrings } from './xlsx-shared-strings.js';
import { StyleTable } from './xlsx-style-table.js';

/**
 * What the sheets of one workbook share as they are written, one after another: the cell
 * styles, the shared strings (both numbered in first-use order) and the texts of long numbers.
 */
export interface WorkbookTables {
  styles: StyleTable;
  strings: SharedStrings;
  numbers: NumberTexts;
}

export function workbookTables(): WorkbookTables {
  return { styles: new StyleTable(), strings: new SharedStrings(), numbers: new NumberTexts() };
}
