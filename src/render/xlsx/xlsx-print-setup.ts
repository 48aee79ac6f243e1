/**
 * How a sheet prints on A4 (spec §9.1 "It prints"): never below MIN_SCALE, so 10-point cells
 * print at 6 points or more. A sheet that fits a portrait page prints portrait; one that fits a
 * landscape page at MIN_SCALE or more prints landscape, one page wide; a wider one prints
 * landscape over several pages at the largest scale that needs no more pages than MIN_SCALE
 * would, with its identifying columns repeated on every page.
 */
export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Percent, 60–100. */
  scale: number;
  /** Columns repeated at the left of every page (0: the sheet is one page wide). */
  repeatColumns: number;
}

/** Margins (inches) left and right; the usable widths below follow from them. */
export const SIDE_MARGIN = 0.5;
/**
 * Usable width of an A4 page (7.27 in portrait, 10.69 in landscape) in column-width units. A
 * unit is the width of a digit of the default font: 7 px for Calibri 11, but about 9.3 px where
 * Calibri is missing and the spreadsheet falls back on DejaVu Sans (LibreOffice on Linux), so
 * the page is counted in the wider units: a sheet then fits on both.
 */
const PORTRAIT_UNITS = 74;
const LANDSCAPE_UNITS = 108;
const MIN_SCALE = 60;
/** Pages wider than this many are not worth a larger scale: keep the smallest count. */
const MAX_PAGES_WIDE = 50;

export function xlsxPrintSetup(
  widths: readonly number[],
  identifyingColumns: number,
  orientation?: 'portrait' | 'landscape',
): PrintSetup {
  // Excel's widths exclude a few pixels of padding per column.
  const total = widths.reduce((sum, width) => sum + width + 0.3, 0);
  if (orientation !== 'landscape' && total <= PORTRAIT_UNITS) {
    return { orientation: 'portrait', scale: 100, repeatColumns: 0 };
  }
  if (orientation === 'portrait') {
    return {
      orientation,
      scale: Math.max(MIN_SCALE, Math.min(100, Math.floor((100 * PORTRAIT_UNITS) / total))),
      repeatColumns: 0,
    };
  }
  const fitted = Math.floor((100 * LANDSCAPE_UNITS) / total);
  if (fitted >= MIN_SCALE) {
    return { orientation: 'landscape', scale: Math.min(100, fitted), repeatColumns: 0 };
  }
  // Several pages wide: the repeated columns take room on every page after the first.
  const repeated = widths.slice(0, identifyingColumns).reduce((sum, width) => sum + width + 0.3, 0);
  const pagesAt = (scale: number): number => {
    const page = (LANDSCAPE_UNITS * 100) / scale;
    const rest = page - repeated;
    if (total <= page) return 1;
    if (rest <= 0) return Infinity;
    return 1 + Math.ceil((total - page) / rest);
  };
  const fewest = pagesAt(MIN_SCALE);
  let scale = MIN_SCALE;
  if (fewest <= MAX_PAGES_WIDE) {
    while (scale < 100 && pagesAt(scale + 5) <= fewest) scale += 5;
  }
  return { orientation: 'landscape', scale, repeatColumns: identifyingColumns };
}
