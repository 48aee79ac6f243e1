import { escapeXml, NS_REL, XML_DECL } from './xlsx-xml-text.js';

const NS_SHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** A chart's frame on a sheet: 0-based sheet row and column of its corners (end exclusive). */
export interface ChartFrame {
  name: string;
  fromRow: number;
  fromColumn: number;
  toRow: number;
  toColumn: number;
}

/**
 * A drawing part (xl/drawings/drawingN.xml) holding one frame per chart; frame i refers to the
 * drawing's relationship rId(i + 1). Anchored to cells, so the charts move with their rows.
 */
export function xlsxDrawing(frames: readonly ChartFrame[]): string {
  let xml = XML_DECL + `<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_DRAWING}">`;
  frames.forEach((frame, i) => {
    xml +=
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from><xdr:col>${frame.fromColumn}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${frame.fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${frame.toColumn}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${frame.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(frame.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_CHART}">` +
      `<c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_REL}" r:id="rId${i + 1}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  });
  return `${xml}</xdr:wsDr>`;
}
