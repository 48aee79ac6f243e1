import type { CellAlign } from '../workbook/workbook-sheet.js';
import { escapeXml, NS_MAIN, XML_DECL } from './xlsx-xml-text.js';

const HEADER_FILL = 'FFD9E1F2';
const BOX_COLOUR = 'FFBFBFBF';
const FONT_NAME = 'Calibri';
const DEFAULT_SIZE = 11;

/** Built-in number formats Excel knows by id; any other format gets an id from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** Everything a cell's look can say; absent means the default. */
export interface CellLook {
  numFmt?: string | undefined;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  size?: number | undefined;
  colour?: string | undefined;
  fill?: string | undefined;
  border?: 'box' | 'bottom' | undefined;
  wrap?: boolean | undefined;
  align?: CellAlign | undefined;
  locked?: boolean | undefined;
}

interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  wrap: boolean;
  align: CellAlign | undefined;
  unlocked: boolean;
}

const BORDER_IDS = { bottom: 1, box: 2 } as const;

/** The id of `key` in `ids`; a new key gets the next one, counted from `first`. */
function idOf(ids: Map<string, number>, key: string, first: number): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = first + ids.size;
    ids.set(key, id);
  }
  return id;
}

/**
 * The styles part: cellXfs 0 is the default and 1 the header row; every other look a sheet asks
 * for gets the next id (fonts and fills likewise), and every fill a conditional format asks for
 * a dxf. Ids are given in first-use order, so the same sheets give the same bytes.
 */
export class StyleTable {
  private readonly xfs: Xf[] = [];
  private readonly xfByKey = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  /** Fonts 0 (regular) and 1 (bold) always exist; the header uses 1. */
  private readonly fonts = new Map<string, number>([
    ['0|0|11|', 0],
    ['1|0|11|', 1],
  ]);
  /** Fills 0 and 1 are required by Excel; 2 is the header's. */
  private readonly fills = new Map<string, number>([[HEADER_FILL, 2]]);
  private readonly dxfByColour = new Map<string, number>();

  /** The cellXfs index of a look; 0 for the default. */
  cell(look: CellLook): number {
    const key =
      `${look.numFmt ?? ''}\u0000${look.bold === true ? 1 : 0}${look.italic === true ? 1 : 0}` +
      `|${look.size ?? ''}|${look.colour ?? ''}|${look.fill ?? ''}|${look.border ?? ''}` +
      `|${look.wrap === true ? 1 : 0}|${look.align ?? ''}|${look.locked === false ? 0 : 1}`;
    if (key === '\u000000|||||0||1') return 0;
    let id = this.xfByKey.get(key);
    if (id === undefined) {
      id = this.xfs.length + 2;
      this.xfs.push({
        numFmtId: this.format(look.numFmt),
        fontId: this.font(look),
        fillId: look.fill === undefined ? 0 : this.fillId(look.fill),
        borderId: look.border === undefined ? 0 : BORDER_IDS[look.border],
        wrap: look.wrap === true,
        align: look.align,
        unlocked: look.locked === false,
      });
      this.xfByKey.set(key, id);
    }
    return id;
  }

  /** The dxfs index of a solid background fill (conditional formats). */
  fill(colour: string): number {
    return idOf(this.dxfByColour, colour, 0);
  }

  private font(look: CellLook): number {
    const key = `${look.bold === true ? 1 : 0}|${look.italic === true ? 1 : 0}|${look.size ?? DEFAULT_SIZE}|${look.colour ?? ''}`;
    return idOf(this.fonts, key, 0);
  }

  private fillId(colour: string): number {
    return idOf(this.fills, colour, 2);
  }

  private format(numFmt: string | undefined): number {
    if (numFmt === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[numFmt];
    if (builtIn !== undefined) return builtIn;
    // Custom number formats are numbered from 164, after the built-in ones.
    return idOf(this.customFormats, numFmt, 164);
  }

  xml(): string {
    const parts: string[] = [XML_DECL, `<styleSheet xmlns="${NS_MAIN}">`];
    if (this.customFormats.size > 0) {
      parts.push(`<numFmts count="${this.customFormats.size}">`);
      for (const [code, id] of this.customFormats) {
        parts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      }
      parts.push('</numFmts>');
    }
    parts.push(`<fonts count="${this.fonts.size}">`);
    for (const key of this.fonts.keys()) {
      const [bold, italic, size, colour] = key.split('|');
      parts.push(
        '<font>' +
          (bold === '1' ? '<b/>' : '') +
          (italic === '1' ? '<i/>' : '') +
          `<sz val="${size}"/>` +
          (colour === '' ? '' : `<color rgb="${escapeXml(colour!)}"/>`) +
          `<name val="${FONT_NAME}"/><family val="2"/></font>`,
      );
    }
    parts.push(
      '</fonts>',
      `<fills count="${this.fills.size + 2}">`,
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    );
    for (const colour of this.fills.keys()) {
      parts.push(
        `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(colour)}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
    }
    const thin = `style="thin"><color rgb="${BOX_COLOUR}"/>`;
    parts.push(
      '</fills>',
      '<borders count="3">',
      '<border><left/><right/><top/><bottom/><diagonal/></border>',
      '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>',
      `<border><left ${thin}</left><right ${thin}</right><top ${thin}</top><bottom ${thin}</bottom><diagonal/></border>`,
      '</borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfs.length + 2}">`,
      // Top-aligned throughout, so a row made tall by a wrapped name still reads as one line.
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>',
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    );
    for (const xf of this.xfs) parts.push(xfXml(xf));
    parts.push(
      '</cellXfs>',
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      `<dxfs count="${this.dxfByColour.size}">`,
    );
    for (const colour of this.dxfByColour.keys()) {
      parts.push(
        `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${escapeXml(colour)}"/></patternFill></fill></dxf>`,
      );
    }
    parts.push(
      '</dxfs>',
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      '</styleSheet>',
    );
    return parts.join('');
  }
}

function xfXml(xf: Xf): string {
  let attrs = `numFmtId="${xf.numFmtId}" fontId="${xf.fontId}" fillId="${xf.fillId}" borderId="${xf.borderId}" xfId="0"`;
  if (xf.numFmtId !== 0) attrs += ' applyNumberFormat="1"';
  if (xf.fontId !== 0) attrs += ' applyFont="1"';
  if (xf.fillId !== 0) attrs += ' applyFill="1"';
  if (xf.borderId !== 0) attrs += ' applyBorder="1"';
  let alignment = '<alignment vertical="top"';
  if (xf.align !== undefined) alignment += ` horizontal="${xf.align}"`;
  if (xf.wrap) alignment += ' wrapText="1"';
  alignment += '/>';
  attrs += ' applyAlignment="1"';
  if (xf.unlocked) attrs += ' applyProtection="1"';
  return `<xf ${attrs}>${alignment}${xf.unlocked ? '<protection locked="0"/>' : ''}</xf>`;
}
