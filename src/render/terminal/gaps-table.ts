import type { Lang } from '../../core/findings/finding.js';
import type { EntityScore, Report } from '../../core/score/report.js';
import { gapRows, entityHeader, excludedNote } from './report-table.js';
import { percentText, shortNumber } from '../formats/round-number.js';
import { terminalLabels } from './terminal-labels.js';
import { plainStyle, type TextStyle } from './text-style.js';

export interface GapsTableOptions {
  lang: Lang;
  /** How many gaps to show; undefined shows them all. */
  top?: number | undefined;
  style?: TextStyle;
}

/**
 * The terminal output of `smartcity gaps` for one entity: the header line, the total in one line,
 * then the prioritised gap list (points lost, gap in the indicator's unit, band).
 */
export function gapsTable(report: Report, entity: EntityScore, options: GapsTableOptions): string {
  const style = options.style ?? plainStyle;
  const t = terminalLabels(options.lang);
  let out = entityHeader(report.set, entity, t, style);
  out += `${t.total}: ${shortNumber(entity.points, options.lang)} / ${shortNumber(entity.maxPoints, options.lang)} · ${percentText(entity.index, options.lang)}`;
  out += ` · ${t.coverage}: ${percentText(entity.coverage, options.lang)}\n`;
  out += excludedNote(report.set, entity, options.lang, t);
  if (entity.gaps.length === 0) return `${out}${t.noGaps}\n`;
  const count = Math.min(entity.gaps.length, options.top ?? entity.gaps.length);
  out += `${t.topGaps(count, entity.gaps.length)}\n`;
  out += `${gapRows(report.set, entity, count, options.lang, style, t)}\n`;
  return out;
}
