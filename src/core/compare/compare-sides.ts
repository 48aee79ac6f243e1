import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { TOLERANCE } from '../score/tolerance.js';
import { foldText } from '../text/fold-text.js';
import { naturalCompare } from '../text/natural-compare.js';
import type { CompareEntity, CompareResult } from './compare-result.js';
import type { CompareSide, SideEntity } from './compare-side.js';

const TOP = 5;

/**
 * Compares two sides already in one era (spec §8.1): entities matched by province code, or by
 * folded label when they have none; per matched entity the standing before and after and the
 * deltas of the index, the groups and the indicators, with the five indicators that gained and
 * lost most points. When the sets differ in id or version only the total and the top-level groups
 * both sets have are compared (COMPARE_SET_CHANGED). Entities come in the later side's order.
 * No entity in common is the error COMPARE_NOTHING_IN_COMMON (the caller exits 1).
 */
export function compareSides(before: CompareSide, after: CompareSide): CompareResult {
  const findings: Finding[] = [];
  const setChanged = before.set.id !== after.set.id || before.set.version !== after.set.version;
  if (setChanged) {
    findings.push(
      makeFinding('COMPARE_SET_CHANGED', {
        before: `${before.set.id} ${before.set.version}`,
        after: `${after.set.id} ${after.set.version}`,
      }),
    );
  }
  const beforeTop = new Set(before.set.groups.filter((g) => g.level === 1).map((g) => g.code));
  const groupCodes = setChanged
    ? after.set.groups.filter((g) => g.level === 1 && beforeTop.has(g.code)).map((g) => g.code)
    : after.set.groups.map((g) => g.code);
  const indicatorCodes = setChanged ? [] : after.set.indicators.map((i) => i.code);

  const beforeByKey = new Map<string, SideEntity>();
  for (const entity of before.entities) {
    const key = matchKey(entity);
    if (!beforeByKey.has(key)) beforeByKey.set(key, entity);
  }
  const matchedKeys = new Set<string>();
  const entities: CompareEntity[] = [];
  const onlyAfter: CompareResult['onlyAfter'] = [];
  for (const entity of after.entities) {
    const key = matchKey(entity);
    const earlier = beforeByKey.get(key);
    if (earlier === undefined || matchedKeys.has(key)) {
      if (earlier === undefined) onlyAfter.push(identity(entity));
      continue;
    }
    matchedKeys.add(key);
    entities.push(compareEntity(earlier, entity, groupCodes, indicatorCodes));
  }
  const onlyBefore = [...beforeByKey.entries()]
    .filter(([key]) => !matchedKeys.has(key))
    .map(([, entity]) => identity(entity));

  if (onlyBefore.length > 0) {
    findings.push(makeFinding('COMPARE_ONLY_BEFORE', listArgs(onlyBefore)));
  }
  if (onlyAfter.length > 0) findings.push(makeFinding('COMPARE_ONLY_AFTER', listArgs(onlyAfter)));
  if (entities.length === 0) {
    findings.push(
      makeFinding('COMPARE_NOTHING_IN_COMMON', {
        before: before.entities.length,
        after: after.entities.length,
      }),
    );
  }
  return {
    sets: { before: before.set, after: after.set },
    setChanged,
    policy: { before: before.policy, after: after.policy },
    entities,
    onlyBefore,
    onlyAfter,
    findings,
  };
}

/** Province code in the (common) era; a free label folded, so "Xã  An Bình" meets "xa an binh". */
function matchKey(entity: SideEntity): string {
  return entity.province !== null
    ? `code:${entity.province.code}`
    : `label:${foldText(entity.label)}`;
}

function identity(entity: SideEntity): CompareResult['onlyBefore'][number] {
  return { label: entity.label, province: entity.province };
}

function listArgs(list: CompareResult['onlyBefore']): { count: number; names: string } {
  const names = list.slice(0, 10).map((e) => e.label);
  const more = list.length > 10 ? ` … (+${list.length - 10})` : '';
  return { count: list.length, names: names.join(', ') + more };
}

function compareEntity(
  before: SideEntity,
  after: SideEntity,
  groupCodes: readonly string[],
  indicatorCodes: readonly string[],
): CompareEntity {
  const beforeGroups = new Map(before.groups.map((g) => [g.code, g.index]));
  const afterGroups = new Map(after.groups.map((g) => [g.code, g.index]));
  const beforeIndicators = new Map(before.indicators.map((i) => [i.code, i]));
  const afterIndicators = new Map(after.indicators.map((i) => [i.code, i]));
  const gains: { code: string; points: number }[] = [];
  const indicators = indicatorCodes.map((code) => {
    const b = beforeIndicators.get(code);
    const a = afterIndicators.get(code);
    const bPoints = b?.points ?? null;
    const aPoints = a?.points ?? null;
    if (bPoints !== null && aPoints !== null) gains.push({ code, points: aPoints - bPoints });
    const bA = b?.achievement ?? null;
    const aA = a?.achievement ?? null;
    return {
      code,
      before: bA,
      after: aA,
      delta: difference(aA, bA),
      beforeValue: b?.value ?? null,
      afterValue: a?.value ?? null,
    };
  });
  const byCode = (x: { code: string }, y: { code: string }): number =>
    naturalCompare(x.code, y.code);
  const improved = gains
    .filter((g) => g.points > TOLERANCE)
    .sort((x, y) => y.points - x.points || byCode(x, y))
    .slice(0, TOP);
  const declined = gains
    .filter((g) => g.points < -TOLERANCE)
    .sort((x, y) => x.points - y.points || byCode(x, y))
    .slice(0, TOP);
  return {
    label: after.label,
    province: after.province,
    before: snapshot(before),
    after: snapshot(after),
    delta: {
      index: difference(after.index, before.index),
      points: after.points - before.points,
      rank: before.rank === null || after.rank === null ? null : before.rank - after.rank,
    },
    groups: groupCodes.map((code) => {
      const b = beforeGroups.get(code) ?? null;
      const a = afterGroups.get(code) ?? null;
      return { code, before: b, after: a, delta: difference(a, b) };
    }),
    indicators,
    improved,
    declined,
  };
}

function snapshot(entity: SideEntity): CompareEntity['before'] {
  const { year, points, maxPoints, index, rank, rating, coverage } = entity;
  return { year, points, maxPoints, index, rank, rating, coverage };
}

function difference(after: number | null, before: number | null): number | null {
  return after === null || before === null ? null : after - before;
}
