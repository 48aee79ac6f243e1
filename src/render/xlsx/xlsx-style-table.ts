import { escapeXml, NS_MAIN, XML_DECL } from './xlsx-xml-text.js';

const HEADER_FILL = 'FFD9E1F2';

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

/**
 * The styles part of the direct writer: cellXfs 0 is the default and 1 the header; every other
 * look (number format, bold, wrap) a sheet asks for gets the next id, and every fill a
 * conditional format asks for a dxf.
 */
export class StyleTable {
  /** cellXfs 0 is the default, 1 the header; then one per (numFmt, bold, wrap) in use. */
  private readonly xfs: { numFmtId: number; bold: boolean; wrap: boolean }[] = [];
  private readonly xfByKey = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private readonly dxfByColour = new Map<string, number>();

  /** The cellXfs index of a look; 0 for the default. */
  cell(numFmt: string | undefined, bold: boolean, wrap: boolean): number {
    if (numFmt === undefined && !bold && !wrap) return 0;
    const key = `${numFmt ?? ''}\u0000${bold ? 1 : 0}${wrap ? 1 : 0}`;
    let id = this.xfByKey.get(key);
    if (id === undefined) {
      id = this.xfs.length + 2;
      this.xfs.push({ numFmtId: this.format(numFmt), bold, wrap });
      this.xfByKey.set(key, id);
    }
    return id;
  }

  /** The dxfs index of a solid background fill. */
  fill(colour: string): number {
    let id = this.dxfByColour.get(colour);
    if (id === undefined) {
      id = this.dxfByColour.size;
      this.dxfByColour.set(colour, id);
    }
    return id;
  }

  private format(numFmt: string | undefined): number {
    if (numFmt === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[numFmt];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(numFmt);
    if (id === undefined) {
      id = 164 + this.customFormats.size;
      this.customFormats.set(numFmt, id);
    }
    return id;
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
    parts.push(
      '<fonts count="2">',
      '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
      '</fonts>',
      '<fills count="3">',
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill>`,
      '</fills>',
      '<borders count="2">',
      '<border><left/><right/><top/><bottom/><diagonal/></border>',
      '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>',
      '</borders>',
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfs.length + 2}">`,
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    );
    for (const xf of this.xfs) {
      let attrs = `numFmtId="${xf.numFmtId}" fontId="${xf.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"`;
      if (xf.numFmtId !== 0) attrs += ' applyNumberFormat="1"';
      if (xf.bold) attrs += ' applyFont="1"';
      parts.push(
        xf.wrap
          ? `<xf ${attrs} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
          : `<xf ${attrs}/>`,
      );
    }
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
