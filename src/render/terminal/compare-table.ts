import type { CompareEntity, CompareResult } from '../../core/compare/compare-result.js';
import type { Lang } from '../../core/findings/finding.js';
import { percentText, shortNumber } from '../formats/round-number.js';
import { plainTable } from './plain-table.js';
import { plainStyle, type TextStyle } from './text-style.js';

const ROWS = 40;

const LABELS = {
  vi: {
    rank: 'Hạng',
    move: 'Thay đổi',
    entity: 'Đơn vị',
    before: 'Trước',
    after: 'Sau',
    delta: 'Δ (điểm %)',
    entities: (n: number) => `${n} đơn vị so sánh`,
    rolled: (side: string, mode: string) =>
      `Bên ${side} được gộp về 34 đơn vị năm 2025 (--rollup ${mode}).`,
    sides: { before: 'trước', after: 'sau' },
    only: (b: number, a: number) => `Chỉ có ở bên trước: ${b}; chỉ có ở bên sau: ${a}.`,
    more: (n: number) => `… và ${n} đơn vị khác (xem JSON hoặc tệp Excel).`,
  },
  en: {
    rank: 'Rank',
    move: 'Move',
    entity: 'Entity',
    before: 'Before',
    after: 'After',
    delta: 'Δ (pp)',
    entities: (n: number) => `${n} entities compared`,
    rolled: (side: string, mode: string) =>
      `The ${side} side is rolled up to the 34 units of 2025 (--rollup ${mode}).`,
    sides: { before: 'before', after: 'after' },
    only: (b: number, a: number) => `Only before: ${b}; only after: ${a}.`,
    more: (n: number) => `… and ${n} more (see the JSON or the workbook).`,
  },
} as const;

/**
 * The terminal summary of `compare` (spec §8.1): one row per matched entity in the later side's
 * rank order — rank with ▲/▼/= and the move, entity, index before → after, Δ in percentage points.
 */
export function compareTable(
  result: CompareResult,
  options: { lang: Lang; style?: TextStyle },
): string {
  const style = options.style ?? plainStyle;
  const t = LABELS[options.lang];
  const { before, after } = result.sets;
  let out = `${style.bold(`${before.id} ${before.version} → ${after.id} ${after.version}`)} · ${t.entities(result.entities.length)}\n`;
  for (const side of ['before', 'after'] as const) {
    const rollup = result.policy[side].rollup;
    if (rollup !== null) out += `${t.rolled(t.sides[side], rollup)}\n`;
  }
  const table = plainTable(
    [t.rank, t.move, t.entity, t.before, t.after, t.delta],
    ['right', 'left', 'left', 'right', 'right', 'right'],
  );
  const ordered = result.entities
    .map((entity, order) => ({ entity, order }))
    .sort(
      (a, b) =>
        (a.entity.after.rank ?? Infinity) - (b.entity.after.rank ?? Infinity) || a.order - b.order,
    );
  for (const { entity } of ordered.slice(0, ROWS)) {
    table.push([
      entity.after.rank === null ? '—' : String(entity.after.rank),
      moveText(entity, style),
      entity.label,
      percentText(entity.before.index, options.lang),
      percentText(entity.after.index, options.lang),
      deltaText(entity.delta.index, options.lang, style),
    ]);
  }
  out += `${table.toString()}\n`;
  if (ordered.length > ROWS) out += `${t.more(ordered.length - ROWS)}\n`;
  if (result.onlyBefore.length + result.onlyAfter.length > 0) {
    out += `${t.only(result.onlyBefore.length, result.onlyAfter.length)}\n`;
  }
  return out;
}

/** ▲3 moved up three places, ▼1 down one, = unchanged; blank without ranks. */
function moveText(entity: CompareEntity, style: TextStyle): string {
  const move = entity.delta.rank;
  if (move === null) return '';
  if (move > 0) return style.green(`▲${move}`);
  if (move < 0) return style.red(`▼${-move}`);
  return '=';
}

/** The index change in percentage points with its sign: +2.5, −1.0, 0.0. */
function deltaText(delta: number | null, lang: Lang, style: TextStyle): string {
  if (delta === null) return '—';
  const pp = delta * 100;
  // One decimal always, in the reader's language (0,0 in Vietnamese).
  const zero = lang === 'vi' ? '0,0' : '0.0';
  if (Math.abs(pp) < 0.05) return zero;
  const text = shortNumber(Math.abs(pp), lang, 1);
  const fixed = /[.,]/.test(text) ? text : `${text}${zero.slice(1)}`;
  return pp > 0 ? style.green(`+${fixed}`) : style.red(`−${fixed}`);
}
