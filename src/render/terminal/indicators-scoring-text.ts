import { shortNumber } from '../formats/round-number.js';
import type { Lang } from '../../core/findings/finding.js';
import type { Direction } from '../../core/set/indicator-set-schema.js';
import type { ResolvedScoring } from '../../core/set/resolved-set.js';

const WORDS = {
  vi: {
    target: 'mục tiêu',
    worst: '0 điểm tại',
    steps: 'bậc',
    boolean: 'có/không',
    levels: 'mức',
    info: 'thông tin, không chấm',
  },
  en: {
    target: 'target',
    worst: 'zero at',
    steps: 'steps',
    boolean: 'yes/no',
    levels: 'levels',
    info: 'info, not scored',
  },
} as const;

/** A one-line description of a scoring method for tables: `target 80 (zero at 0)`, `steps ≥12→1, ≥6→0.5`. */
export function indicatorsScoringText(
  scoring: ResolvedScoring,
  direction: Direction,
  lang: Lang,
): string {
  const words = WORDS[lang];
  switch (scoring.method) {
    case 'target':
      return `${words.target} ${num(scoring.target, lang)} (${words.worst} ${num(scoring.worst, lang)})`;
    case 'steps': {
      const sign = direction === 'higher' ? '≥' : '≤';
      const steps = [...scoring.steps]
        .map((step) => ({ threshold: 'min' in step ? step.min : step.max, score: step.score }))
        .sort((a, b) =>
          direction === 'higher' ? b.threshold - a.threshold : a.threshold - b.threshold,
        );
      return `${words.steps} ${steps.map((s) => `${sign}${num(s.threshold, lang)}→${num(s.score, lang)}`).join('; ')}`;
    }
    case 'boolean':
      return words.boolean;
    case 'levels':
      return `${words.levels}: ${scoring.levels.map((level) => level.label[lang]).join(' < ')}`;
    case 'info':
      return words.info;
  }
}

/** Points and thresholds for people: at most two decimals, no trailing zeros, in `lang`'s style. */
export function num(value: number, lang: Lang): string {
  return shortNumber(value, lang);
}
