import type { GapEntry, GroupScore, IndicatorScore } from './report.js';
import type { ResolvedSet } from '../set/resolved-set.js';

const STATUSES: readonly IndicatorScore['status'][] = ['reported', 'missing', 'info'];
const STATUS_CODE = new Map(STATUSES.map((status, k) => [status, k]));

/** A status's place in STATUSES, by comparison (see putIndicator). */
function statusCode(status: IndicatorScore['status']): number {
  return status === 'reported' ? 0 : status === 'missing' ? 1 : 2;
}

// Per entity × indicator, which fields are null (or what a non-number value is).
const VALUE_NULL = 1;
const VALUE_TRUE = 2;
const VALUE_FALSE = 4;
const ACHIEVEMENT_NULL = 8;
const POINTS_NULL = 16;
const MAX_NULL = 32;
const LOST_NULL = 64;
const GAP_NULL = 128;
// Points, maximum and loss are usually what scoring makes them (maximum: the indicator's points;
// points: achievement × maximum; loss: maximum − points) and are then worked out again when read,
// not stored; any other number (never from the scorer) is stored as it is.
const MAX_STORED = 256;
const POINTS_STORED = 512;
const LOST_STORED = 1024;

/**
 * The scores of a report, column by column: one Float64Array per numeric field of an entity's
 * indicator (entity e, indicator i at `e × m + i`), one per group sum (group g at `g × n + e`),
 * the gap order as indicator positions. 100,000 entities × 50 indicators as objects took ~16 KB
 * an entity (one object and five boxed numbers per indicator, gaps and groups besides); here
 * they take ~1.8 KB, and the report's entities build their `indicators`, `groups` and `gaps` from
 * these columns when asked (entity-view.ts). Every number is stored as the double it was, every
 * null as a flag, so what is built back is equal, field for field, to what was stored.
 */
export class ScoreColumns {
  readonly n: number;
  readonly m: number;
  private readonly set: ResolvedSet;
  private readonly value: Float64Array;
  private readonly achievement: Float64Array;
  /** Allocated on the first number that is not what scoring makes it (see MAX_STORED). */
  private points: Float64Array | null = null;
  private maxPoints: Float64Array | null = null;
  private pointsLost: Float64Array | null = null;
  private readonly gap: Float64Array;
  private readonly flags: Uint16Array;
  private readonly status: Uint8Array;
  /** Index into `bandNames`; 0 is null. */
  private readonly band: Uint32Array;
  private readonly bandNames: (string | null)[] = [null];
  private readonly bandIds = new Map<string, number>();
  /** Evidence is rare (long tables only): made on the first one, holes are null. */
  private evidence: (string | null)[] | null = null;
  /** Rows not in the set's order (never from the scorer): kept as they came. */
  private readonly odd = new Map<number, { indicators: IndicatorScore[]; gaps: GapEntry[] }>();
  /** Group g of entity e at `g × n + e`; the index columns are shared with ranking. */
  readonly groupPoints: Float64Array;
  readonly groupMax: Float64Array;
  readonly groupIndex: Float64Array;
  readonly groupIndexNull: Uint8Array;
  /** Per group, the competition rank of every entity; null when not ranked (one entity). */
  groupRanks: readonly Int32Array[] | null = null;
  /** Entity e's gaps: indicator positions at `e × m …`, `gapCount[e]` of them. */
  private readonly gapOrder: Uint16Array | Int32Array;
  private readonly gapCount: Int32Array;
  /** Per entity, which parts it holds as its own arrays (set by entity-view.ts). */
  readonly held: Uint8Array;

  constructor(set: ResolvedSet, n: number) {
    const m = set.indicators.length;
    const cells = n * m;
    this.set = set;
    this.n = n;
    this.m = m;
    this.value = new Float64Array(cells);
    this.achievement = new Float64Array(cells);
    this.gap = new Float64Array(cells);
    this.flags = new Uint16Array(cells);
    this.status = new Uint8Array(cells);
    this.band = new Uint32Array(cells);
    const groupCells = n * set.groups.length;
    this.groupPoints = new Float64Array(groupCells);
    this.groupMax = new Float64Array(groupCells);
    this.groupIndex = new Float64Array(groupCells);
    this.groupIndexNull = new Uint8Array(groupCells);
    this.gapOrder = m <= 0xffff ? new Uint16Array(cells) : new Int32Array(cells);
    this.gapCount = new Int32Array(n);
    this.held = new Uint8Array(n);
  }

  /**
   * Stores entity e's indicator scores and its gap list (`order[0..gapCount)`, positions in
   * `indicators`): rows a program gives (a roll-up's). A row that is not the set's indicators in
   * the set's order is kept as it is.
   */
  putRow(
    e: number,
    indicators: readonly IndicatorScore[],
    order: ArrayLike<number>,
    gapCount: number,
  ): void {
    if (!this.inSetOrder(indicators)) {
      const row = [...indicators];
      const gaps: GapEntry[] = [];
      for (let k = 0; k < gapCount; k++) {
        const s = row[order[k]!]!;
        gaps.push({ code: s.code, pointsLost: s.pointsLost!, gap: s.gap, band: s.band });
      }
      this.odd.set(e, { indicators: row, gaps });
      return;
    }
    for (let i = 0; i < indicators.length; i++) this.putIndicator(e, i, indicators[i]!);
    this.putGaps(e, order, gapCount);
  }

  private inSetOrder(indicators: readonly IndicatorScore[]): boolean {
    const defined = this.set.indicators;
    if (indicators.length !== defined.length) return false;
    for (let i = 0; i < indicators.length; i++) {
      const s = indicators[i]!;
      if (s.code !== defined[i]!.code || !STATUS_CODE.has(s.status)) return false;
    }
    return true;
  }

  /**
   * Stores indicator i of entity e, which must be the set's indicator i with a known status (the
   * scorer writes each score here as it makes it; nothing keeps `s`, so it may be reused).
   */
  putIndicator(e: number, i: number, s: IndicatorScore): void {
    const k = e * this.m + i;
    let flags = 0;
    if (s.value === null) flags |= VALUE_NULL;
    else if (s.value === true) flags |= VALUE_TRUE;
    else if (s.value === false) flags |= VALUE_FALSE;
    else this.value[k] = s.value;
    const { achievement, maxPoints, points, pointsLost } = s;
    if (achievement === null) flags |= ACHIEVEMENT_NULL;
    else this.achievement[k] = achievement;
    // The derived fields one by one, not through a field name: this runs for every score of a
    // batch (166,000 for the communes), and a lookup by name cost as much as the rest.
    if (maxPoints === null) flags |= MAX_NULL;
    else if (!Object.is(maxPoints, this.set.indicators[i]!.points)) {
      (this.maxPoints ??= new Float64Array(this.value.length))[k] = maxPoints;
      flags |= MAX_STORED;
    }
    if (points === null) flags |= POINTS_NULL;
    else if (
      achievement === null ||
      maxPoints === null ||
      !Object.is(points, achievement * maxPoints)
    ) {
      (this.points ??= new Float64Array(this.value.length))[k] = points;
      flags |= POINTS_STORED;
    }
    if (pointsLost === null) flags |= LOST_NULL;
    else if (maxPoints === null || points === null || !Object.is(pointsLost, maxPoints - points)) {
      (this.pointsLost ??= new Float64Array(this.value.length))[k] = pointsLost;
      flags |= LOST_STORED;
    }
    if (s.gap === null) flags |= GAP_NULL;
    else this.gap[k] = s.gap;
    this.flags[k] = flags;
    this.status[k] = statusCode(s.status);
    this.band[k] = s.band === null ? 0 : this.bandId(s.band);
    if (s.evidence !== null) (this.evidence ??= [])[k] = s.evidence;
  }

  /** Entity e's gap list: `order[0..gapCount)`, indicator positions, biggest loss first. */
  putGaps(e: number, order: ArrayLike<number>, gapCount: number): void {
    const base = e * this.m;
    for (let k = 0; k < gapCount; k++) this.gapOrder[base + k] = order[k]!;
    this.gapCount[e] = gapCount;
  }

  private bandId(band: string): number {
    // A set has a handful of bands and every score names one of the same few strings: comparing
    // them first is cheaper than hashing the text.
    const names = this.bandNames;
    for (let b = 1; b < names.length && b <= 8; b++) if (names[b] === band) return b;
    let id = this.bandIds.get(band);
    if (id === undefined) {
      id = this.bandNames.length;
      this.bandNames.push(band);
      this.bandIds.set(band, id);
    }
    return id;
  }

  indicatorCount(e: number): number {
    return this.odd.get(e)?.indicators.length ?? this.m;
  }

  gapLength(e: number): number {
    return this.odd.get(e)?.gaps.length ?? this.gapCount[e]!;
  }

  /** Indicator i of entity e, built as the scorer builds it (same keys, same order). */
  indicator(e: number, i: number): IndicatorScore {
    const odd = this.odd.get(e);
    if (odd !== undefined) return odd.indicators[i]!;
    const k = e * this.m + i;
    const f = this.flags[k]!;
    const maxPoints = this.maxAt(k, i, f);
    const points = this.pointsAt(k, f, maxPoints);
    return {
      code: this.set.indicators[i]!.code,
      value: this.valueAt(k, f),
      evidence: this.evidence === null ? null : (this.evidence[k] ?? null),
      status: STATUSES[this.status[k]!]!,
      achievement: this.achievementAt(k, f),
      points,
      maxPoints,
      pointsLost: this.lostAt(k, f, maxPoints, points),
      gap: f & GAP_NULL ? null : this.gap[k]!,
      band: this.bandNames[this.band[k]!]!,
    };
  }

  /**
   * The achievement of indicator i of entity e when that indicator has `code`, else undefined;
   * nothing is built (the matrix sheet reads 50 achievements an entity, not 50 indicators).
   */
  achievementOf(e: number, i: number, code: string): number | null | undefined {
    const cell = this.indicatorCell(e, i, code);
    if (cell === null) return undefined;
    return typeof cell === 'number'
      ? this.achievementAt(cell, this.flags[cell]!)
      : cell.achievement;
  }

  /** Like achievementOf, for the reported value (the gap sheet shows it next to each gap). */
  valueOf(e: number, i: number, code: string): IndicatorScore['value'] | undefined {
    const cell = this.indicatorCell(e, i, code);
    if (cell === null) return undefined;
    return typeof cell === 'number' ? this.valueAt(cell, this.flags[cell]!) : cell.value;
  }

  /**
   * Indicator i of entity e when it has `code`: its cell in the columns, or the stored score of
   * an entity kept whole; null when there is no such indicator.
   */
  private indicatorCell(e: number, i: number, code: string): number | IndicatorScore | null {
    const odd = this.odd.get(e);
    if (odd !== undefined) {
      const s = odd.indicators[i];
      return s?.code === code ? s : null;
    }
    if (i < 0 || i >= this.m || this.set.indicators[i]!.code !== code) return null;
    return e * this.m + i;
  }

  private valueAt(k: number, f: number): IndicatorScore['value'] {
    return f & VALUE_NULL ? null : f & VALUE_TRUE ? true : f & VALUE_FALSE ? false : this.value[k]!;
  }

  private achievementAt(k: number, f: number): number | null {
    return f & ACHIEVEMENT_NULL ? null : this.achievement[k]!;
  }

  private maxAt(k: number, i: number, f: number): number | null {
    if (f & MAX_NULL) return null;
    return f & MAX_STORED ? this.maxPoints![k]! : this.set.indicators[i]!.points;
  }

  private pointsAt(k: number, f: number, maxPoints: number | null): number | null {
    if (f & POINTS_NULL) return null;
    return f & POINTS_STORED ? this.points![k]! : this.achievement[k]! * maxPoints!;
  }

  private lostAt(
    k: number,
    f: number,
    maxPoints: number | null,
    points: number | null,
  ): number | null {
    if (f & LOST_NULL) return null;
    return f & LOST_STORED ? this.pointsLost![k]! : maxPoints! - points!;
  }

  indicators(e: number): IndicatorScore[] {
    const odd = this.odd.get(e);
    if (odd !== undefined) return [...odd.indicators];
    const out = new Array<IndicatorScore>(this.m);
    for (let i = 0; i < this.m; i++) out[i] = this.indicator(e, i);
    return out;
  }

  group(e: number, g: number): GroupScore {
    const group = this.set.groups[g]!;
    const k = g * this.n + e;
    return {
      code: group.code,
      level: group.level,
      parent: group.parent,
      name: group.name,
      points: this.groupPoints[k]!,
      maxPoints: this.groupMax[k]!,
      index: this.groupIndexNull[k] === 1 ? null : this.groupIndex[k]!,
      rank: this.groupRanks === null ? null : this.groupRanks[g]![e]!,
    };
  }

  /**
   * The index and rank of group g of entity e when that group has `code`, else undefined;
   * nothing is built (the heat map reads 15 indexes an entity, not 15 groups).
   */
  groupIndexOf(e: number, g: number, code: string): number | null | undefined {
    if (g < 0 || g >= this.groupCount || this.set.groups[g]!.code !== code) return undefined;
    const k = g * this.n + e;
    return this.groupIndexNull[k] === 1 ? null : this.groupIndex[k]!;
  }

  groupRankOf(e: number, g: number, code: string): number | null | undefined {
    if (g < 0 || g >= this.groupCount || this.set.groups[g]!.code !== code) return undefined;
    return this.groupRanks === null ? null : this.groupRanks[g]![e]!;
  }

  get groupCount(): number {
    return this.set.groups.length;
  }

  groups(e: number): GroupScore[] {
    const count = this.groupCount;
    const out = new Array<GroupScore>(count);
    for (let g = 0; g < count; g++) out[g] = this.group(e, g);
    return out;
  }

  /** Entity e's first `limit` gaps (all by default), biggest first. */
  gaps(e: number, limit = Infinity): GapEntry[] {
    const odd = this.odd.get(e);
    if (odd !== undefined) return odd.gaps.slice(0, limit).map((gap) => ({ ...gap }));
    const base = e * this.m;
    const count = Math.min(this.gapCount[e]!, limit);
    const out = new Array<GapEntry>(count);
    for (let k = 0; k < count; k++) {
      const i = this.gapOrder[base + k]!;
      const at = base + i;
      const f = this.flags[at]!;
      const maxPoints = this.maxAt(at, i, f);
      out[k] = {
        code: this.set.indicators[i]!.code,
        pointsLost: this.lostAt(at, f, maxPoints, this.pointsAt(at, f, maxPoints))!,
        gap: f & GAP_NULL ? null : this.gap[at]!,
        band: this.bandNames[this.band[at]!]!,
      };
    }
    return out;
  }
}
