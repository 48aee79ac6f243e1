import type { Lang } from '../../core/findings/finding.js';
import type { IndicatorType } from '../../core/set/indicator-set-schema.js';
import type { ResolvedIndicator } from '../../core/set/resolved-set.js';
import { shortNumber } from './round-number.js';

const WORDS = {
  vi: { yes: 'Có', no: 'Không', notMet: 'chưa đạt', needs: 'cần', points: 'điểm %' },
  en: { yes: 'Yes', no: 'No', notMet: 'not achieved', needs: 'needs', points: 'pp' },
} as const;

/** The label of the level that earns full points, or null when the indicator has no levels. */
function fullLevelLabel(indicator: ResolvedIndicator, lang: Lang): string | null {
  if (indicator.scoring.method !== 'levels') return null;
  const levels = indicator.scoring.levels;
  const full = levels.find((level) => level.score >= 1) ?? levels.at(-1);
  return full === undefined ? null : full.label[lang];
}

/**
 * A reported value in words, for yes/no and level indicators (null for the others, whose value
 * is its own text): true → "Có"/"Yes", level 2 → that level's label.
 */
export function valueLabel(
  indicator: ResolvedIndicator,
  value: number | boolean | null,
  lang: Lang,
): string | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? WORDS[lang].yes : WORDS[lang].no;
  if (indicator.scoring.method !== 'levels') return null;
  return indicator.scoring.levels[value - 1]?.label[lang] ?? null;
}

/** What earns full points, in words, for yes/no and level indicators; null for the others. */
export function targetLabel(indicator: ResolvedIndicator, lang: Lang): string | null {
  if (indicator.scoring.method === 'boolean') return WORDS[lang].yes;
  return fullLevelLabel(indicator, lang);
}

/**
 * A gap as people read it, with its unit in words: percentage points for percentages ("10,6
 * điểm %", "10.6 pp": the gap of 72% to 100% is 28 points, not 28 %), the indicator's own unit
 * for numbers and counts, and for yes/no and levels what is missing ("chưa đạt: cần 'Vận
 * hành'"), because a gap of 1 means one more meeting for a count but "not there" for a level.
 */
export function gapText(indicator: ResolvedIndicator, gap: number, lang: Lang): string {
  const words = WORDS[lang];
  if (indicator.scoring.method === 'boolean') return words.notMet;
  if (indicator.scoring.method === 'levels') {
    const label = fullLevelLabel(indicator, lang);
    return label === null ? words.notMet : `${words.notMet}: ${words.needs} "${label}"`;
  }
  const amount = shortNumber(gap, lang);
  if (indicator.type === 'percent' || indicator.unit === '%') return `${amount} ${words.points}`;
  return indicator.unit === null || indicator.unit === '' ? amount : `${amount} ${indicator.unit}`;
}

const TYPE_WORDS: Record<Lang, Record<IndicatorType, string>> = {
  vi: { percent: 'tỷ lệ %', number: 'số', count: 'số lượng', boolean: 'có/không', level: 'mức' },
  en: {
    percent: 'percentage',
    number: 'number',
    count: 'count',
    boolean: 'yes/no',
    level: 'level',
  },
};

/** An indicator's type in words ("tỷ lệ %", "có/không"), never the YAML keyword. */
export function typeWords(type: IndicatorType, lang: Lang): string {
  return TYPE_WORDS[lang][type];
}

/**
 * Whether "higher is better" says anything about the indicator: not for yes/no and levels, whose
 * order is the scoring itself, nor for info indicators, which are not scored.
 */
export function hasDirection(indicator: ResolvedIndicator): boolean {
  const method = indicator.scoring.method;
  return method !== 'boolean' && method !== 'levels' && method !== 'info';
}
