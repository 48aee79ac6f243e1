import Table from 'cli-table3';
import type { Lang } from '../../core/findings/finding.js';
import type { ResolvedIndicator, ResolvedSet } from '../../core/set/resolved-set.js';
import { hasDirection, typeWords } from '../formats/indicator-words.js';
import { indicatorsScoringText, num } from './indicators-scoring-text.js';
import { plainStyle, type TextStyle } from './text-style.js';

const KEYS = {
  vi: {
    code: 'Mã',
    name: 'Tên',
    nameOther: 'Tên (tiếng Anh)',
    group: 'Thuộc nhóm',
    type: 'Kiểu',
    unit: 'Đơn vị',
    direction: 'Hướng tốt',
    points: 'Điểm tối đa',
    scoring: 'Cách chấm',
    range: 'Khoảng hợp lệ',
    ratio: 'Nhập tử số/mẫu số',
    evidence: 'Minh chứng',
    aliases: 'Tên gọi khác',
    basis: 'Căn cứ',
    rollup: 'Quy tắc gộp',
    yes: 'có',
    no: 'không',
    higher: 'cao hơn là tốt hơn',
    lower: 'thấp hơn là tốt hơn',
    required: 'bắt buộc',
    optional: 'không bắt buộc',
  },
  en: {
    code: 'Code',
    name: 'Name',
    nameOther: 'Name (Vietnamese)',
    group: 'Group',
    type: 'Type',
    unit: 'Unit',
    direction: 'Better',
    points: 'Max points',
    scoring: 'Scoring',
    range: 'Valid range',
    ratio: 'Numerator/denominator',
    evidence: 'Evidence',
    aliases: 'Aliases',
    basis: 'Basis',
    rollup: 'Roll-up rule',
    yes: 'yes',
    no: 'no',
    higher: 'higher is better',
    lower: 'lower is better',
    required: 'required',
    optional: 'optional',
  },
} as const;

/** `smartcity indicators <code>`: one indicator, every field, as a two-column table. */
export function indicatorsDetail(
  set: ResolvedSet,
  indicator: ResolvedIndicator,
  lang: Lang,
  style: TextStyle = plainStyle,
): string {
  const k = KEYS[lang];
  const other = lang === 'vi' ? 'en' : 'vi';
  const groupNames = new Map(set.groups.map((group) => [group.code, group.name[lang]]));
  const info = indicator.scoring.method === 'info';
  const [min, max] = indicator.range;
  const rows: [string, string][] = [
    [k.code, indicator.code],
    [k.name, indicator.name[lang]],
    [k.nameOther, indicator.name[other]],
    [
      k.group,
      indicator.path.map((code) => `${code} ${groupNames.get(code) ?? ''}`.trim()).join(' › '),
    ],
    [k.type, typeWords(indicator.type, lang)],
    [k.unit, indicator.unit ?? '—'],
    [k.direction, hasDirection(indicator) ? k[indicator.direction] : '—'],
    [k.points, info ? '—' : num(indicator.points, lang)],
    [k.scoring, indicatorsScoringText(indicator.scoring, indicator.direction, lang)],
    // ';' between the bounds: in Vietnamese ',' is the decimal mark.
    [k.range, `[${min === null ? '−∞' : num(min, lang)}; ${max === null ? '∞' : num(max, lang)}]`],
    [k.ratio, indicator.ratio ? k.yes : k.no],
    [k.evidence, k[indicator.evidence]],
    [k.aliases, indicator.aliases.length > 0 ? indicator.aliases.join('; ') : '—'],
    [k.basis, indicator.basis ?? '—'],
    [k.rollup, indicator.rollup],
  ];
  const table = new Table({
    colWidths: [null, 72],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const [key, value] of rows) table.push([style.bold(key), value]);
  return `${table.toString()}\n`;
}
