import type { ChartSpec } from '../workbook/workbook-sheet.js';
import { escapeXml, NS_REL, XML_DECL } from './xlsx-xml-text.js';

const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** Series colours in order (Office's default palette, readable in grey print too). */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E'];
/** Chart text in hundredths of a point: 10 pt, legible when printed (spec §9.1). */
const TEXT_SIZE = 1000;
const TITLE_SIZE = 1200;

/** A chart with its references resolved to A1 ranges and the values they held when written. */
export interface ResolvedChart {
  spec: ChartSpec;
  categories: { ref: string; values: readonly string[] };
  series: {
    name: string;
    ref: string;
    values: readonly (number | null)[];
    colour?: string;
    hidden?: boolean;
  }[];
}

/**
 * A chart part (xl/charts/chartN.xml). Each series points at the workbook's own cells (`c:f`),
 * with a cache of the values so a reader that does not recalculate still draws it.
 */
export function xlsxChart(chart: ResolvedChart): string {
  const { spec } = chart;
  // A legend only when it tells series apart: a stacked range's hidden base is not one.
  const several = chart.series.filter((series) => series.hidden !== true).length > 1;
  const format = spec.valueFormat ?? 'General';
  let plot = '';
  if (spec.kind === 'radar') {
    plot += '<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>';
    chart.series.forEach((series, i) => {
      const colour = series.colour ?? PALETTE[i % PALETTE.length]!;
      plot +=
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(series.name)}` +
        `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>` +
        categoriesXml(chart) +
        valuesXml(series, format) +
        '</c:ser>';
    });
    plot += '<c:axId val="1001"/><c:axId val="1002"/></c:radarChart>';
    plot += categoryAxis('b', 'minMax', 'autoZero', true);
    plot += valueAxis(spec, 'l', 'autoZero', format);
  } else {
    const horizontal = spec.kind === 'bar';
    const grouping = spec.stacked === true ? 'stacked' : 'clustered';
    plot += `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>`;
    chart.series.forEach((series, i) => {
      const colour = series.colour ?? PALETTE[i % PALETTE.length]!;
      const fill =
        series.hidden === true
          ? '<a:noFill/><a:ln><a:noFill/></a:ln>'
          : `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
      plot +=
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesName(series.name)}` +
        `<c:spPr>${fill}</c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        // A stacked range's numbers (a hidden base, a width) would mislead as labels.
        (several || spec.stacked === true ? '' : dataLabels(format)) +
        categoriesXml(chart) +
        valuesXml(series, format) +
        '</c:ser>';
    });
    plot += `<c:gapWidth val="${several ? 80 : 40}"/>`;
    // Stacked bars share one slot; without a full overlap Excel draws them side by side.
    if (spec.stacked === true) plot += '<c:overlap val="100"/>';
    plot += '<c:axId val="1001"/><c:axId val="1002"/></c:barChart>';
    // Horizontal bars read top to bottom in the sheet's order (rank 1 first); the value axis
    // then belongs at the bottom, where the reversed category axis ends.
    plot += horizontal
      ? categoryAxis('l', 'maxMin', 'autoZero', false) + valueAxis(spec, 'b', 'max', format)
      : categoryAxis('b', 'minMax', 'autoZero', false) + valueAxis(spec, 'l', 'autoZero', format);
  }
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_REL}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${TITLE_SIZE}" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>' +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    (several ? legend(chart) : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    // An opaque white chart area: cell borders and gridlines under it must not show through.
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    textProperties() +
    '</c:chartSpace>'
  );
}

/** The legend under the plot, without the hidden series (a stacked bar's invisible base). */
function legend(chart: ResolvedChart): string {
  const hidden = chart.series
    .map((series, i) => (series.hidden === true ? i : -1))
    .filter((i) => i >= 0)
    .map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`)
    .join('');
  return `<c:legend><c:legendPos val="b"/>${hidden}<c:overlay val="0"/></c:legend>`;
}

function seriesName(name: string): string {
  return `<c:tx><c:v>${escapeXml(name)}</c:v></c:tx>`;
}

function textProperties(): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TEXT_SIZE}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

function dataLabels(format: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    textProperties() +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function categoriesXml(chart: ResolvedChart): string {
  const { ref, values } = chart.categories;
  let xml = `<c:cat><c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>`;
  values.forEach((value, i) => {
    xml += `<c:pt idx="${i}"><c:v>${escapeXml(value)}</c:v></c:pt>`;
  });
  return `${xml}</c:strCache></c:strRef></c:cat>`;
}

function valuesXml(series: ResolvedChart['series'][number], format: string): string {
  let xml = `<c:val><c:numRef><c:f>${escapeXml(series.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${series.values.length}"/>`;
  series.values.forEach((value, i) => {
    if (value !== null) xml += `<c:pt idx="${i}"><c:v>${String(value)}</c:v></c:pt>`;
  });
  return `${xml}</c:numCache></c:numRef></c:val>`;
}

function categoryAxis(
  position: 'l' | 'b',
  orientation: 'minMax' | 'maxMin',
  crosses: 'autoZero' | 'max',
  radar: boolean,
): string {
  return (
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${orientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/>` +
    (radar ? '<c:majorGridlines/>' : '') +
    '<c:numFmt formatCode="General" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties() +
    `<c:crossAx val="1002"/><c:crosses val="${crosses}"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function valueAxis(
  spec: ChartSpec,
  position: 'l' | 'b',
  crosses: 'autoZero' | 'max',
  format: string,
): string {
  let scaling = '<c:orientation val="minMax"/>';
  if (spec.max !== undefined) scaling += `<c:max val="${spec.max}"/>`;
  if (spec.min !== undefined) scaling += `<c:min val="${spec.min}"/>`;
  return (
    `<c:valAx><c:axId val="1002"/><c:scaling>${scaling}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties() +
    `<c:crossAx val="1001"/><c:crosses val="${crosses}"/><c:crossBetween val="between"/></c:valAx>`
  );
}
