import type { EntityScore, GapEntry, GroupScore, IndicatorScore } from './report.js';
import type { ScoreColumns } from './score-columns.js';

/** What an entity carries besides the parts built from the columns. */
export type EntityHead = Omit<EntityScore, 'groups' | 'indicators' | 'gaps'>;

const COLUMNS = Symbol('smartcity.scoreColumns');
const AT = Symbol('smartcity.entityAt');
/** Per part, the bit set once the entity holds it as its own array. */
const HELD = { groups: 1, indicators: 2, gaps: 4 } as const;
type Part = keyof typeof HELD;

interface Viewed {
  [COLUMNS]?: ScoreColumns;
  [AT]?: number;
}

function build(columns: ScoreColumns, e: number, part: Part): unknown[] {
  if (part === 'groups') return columns.groups(e);
  if (part === 'indicators') return columns.indicators(e);
  return columns.gaps(e);
}

/**
 * The first read of a part builds it from the columns and keeps it on the entity as a plain
 * property (same place among the keys), so a program that reads, keeps or changes
 * `entity.indicators` sees one array, as before; assigning replaces it the same way.
 */
function accessor(part: Part): PropertyDescriptor {
  const hold = (entity: EntityScore & Viewed, value: unknown): void => {
    Object.defineProperty(entity, part, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    const columns = entity[COLUMNS];
    if (columns !== undefined) columns.held[entity[AT]!]! |= HELD[part];
  };
  return {
    get(this: EntityScore & Viewed) {
      const value = build(this[COLUMNS]!, this[AT]!, part);
      hold(this, value);
      return value;
    },
    set(this: EntityScore & Viewed, value: unknown) {
      hold(this, value);
    },
    enumerable: true,
    configurable: true,
  };
}

// One descriptor object, so every entity gets the same getter functions and shares one shape.
const ACCESSORS: PropertyDescriptorMap = {
  groups: accessor('groups'),
  indicators: accessor('indicators'),
  gaps: accessor('gaps'),
};

/**
 * An entity of a report whose `groups`, `indicators` and `gaps` are built from `columns` when
 * first read. They are own enumerable properties in the place the scorer always put them (after
 * `rank`), so JSON.stringify, spreading and Object.keys see the entity as they saw the plain
 * object it replaces. Renderers walking 100,000 entities read the parts through `groupsOf`,
 * `indicatorsOf` and `gapsOf` instead, which build them without keeping them.
 */
export function entityView(head: EntityHead, columns: ScoreColumns, e: number): EntityScore {
  const entity = {
    label: head.label,
    province: head.province,
    year: head.year,
    source: head.source,
    points: head.points,
    maxPoints: head.maxPoints,
    index: head.index,
    coverage: head.coverage,
    rating: head.rating,
    rank: head.rank,
  };
  Object.defineProperties(entity, ACCESSORS);
  Object.defineProperty(entity, COLUMNS, { value: columns });
  Object.defineProperty(entity, AT, { value: e });
  return entity as EntityScore;
}

/** The columns behind an entity's part while the entity does not hold that part itself. */
function viewOf(entity: EntityScore, part: Part): { columns: ScoreColumns; e: number } | null {
  const columns = (entity as Viewed)[COLUMNS];
  if (columns === undefined) return null;
  const e = (entity as Viewed)[AT]!;
  return (columns.held[e]! & HELD[part]) === 0 ? { columns, e } : null;
}

/** `entity.indicators`, built afresh and not kept when the entity is a view. */
export function indicatorsOf(entity: EntityScore): readonly IndicatorScore[] {
  const view = viewOf(entity, 'indicators');
  return view === null ? entity.indicators : view.columns.indicators(view.e);
}

/** `entity.indicators[i]`, building only that one when the entity is a view. */
export function indicatorAt(entity: EntityScore, i: number): IndicatorScore | undefined {
  const view = viewOf(entity, 'indicators');
  if (view === null) return entity.indicators[i];
  return i >= 0 && i < view.columns.indicatorCount(view.e)
    ? view.columns.indicator(view.e, i)
    : undefined;
}

/**
 * The achievement of `entity.indicators[i]` when that indicator has `code`; undefined when it is
 * not there or has another code. Read from the columns, building nothing, when the entity is a
 * view.
 */
export function achievementAt(
  entity: EntityScore,
  i: number,
  code: string,
): number | null | undefined {
  const view = viewOf(entity, 'indicators');
  if (view !== null) return view.columns.achievementOf(view.e, i, code);
  return plainIndicator(entity, i, code)?.achievement;
}

/**
 * The reported value of `entity.indicators[i]` when that indicator has `code`; undefined when it
 * is not there or has another code. Read from the columns, building nothing, for a view.
 */
export function valueAt(
  entity: EntityScore,
  i: number,
  code: string,
): IndicatorScore['value'] | undefined {
  const view = viewOf(entity, 'indicators');
  if (view !== null) return view.columns.valueOf(view.e, i, code);
  return plainIndicator(entity, i, code)?.value;
}

/** `entity.indicators[i]` of a plain entity when it has `code`. */
function plainIndicator(entity: EntityScore, i: number, code: string): IndicatorScore | undefined {
  const score = entity.indicators[i];
  return score?.code === code ? score : undefined;
}

export function indicatorCountOf(entity: EntityScore): number {
  const view = viewOf(entity, 'indicators');
  return view === null ? entity.indicators.length : view.columns.indicatorCount(view.e);
}

/** `entity.groups`, built afresh and not kept when the entity is a view. */
export function groupsOf(entity: EntityScore): readonly GroupScore[] {
  const view = viewOf(entity, 'groups');
  return view === null ? entity.groups : view.columns.groups(view.e);
}

export function groupCountOf(entity: EntityScore): number {
  const view = viewOf(entity, 'groups');
  return view === null ? entity.groups.length : view.columns.groupCount;
}

/**
 * `entity.groups[g].index` (or `.rank`) when that group has `code`; undefined when it is not
 * there or has another code. Read from the columns, building nothing, when the entity is a view.
 */
export function groupIndexAt(
  entity: EntityScore,
  g: number,
  code: string,
): number | null | undefined {
  const view = viewOf(entity, 'groups');
  if (view !== null) return view.columns.groupIndexOf(view.e, g, code);
  return plainGroup(entity, g, code)?.index;
}

export function groupRankAt(
  entity: EntityScore,
  g: number,
  code: string,
): number | null | undefined {
  const view = viewOf(entity, 'groups');
  if (view !== null) return view.columns.groupRankOf(view.e, g, code);
  return plainGroup(entity, g, code)?.rank;
}

/** `entity.groups[g]` of a plain entity when it has `code`. */
function plainGroup(entity: EntityScore, g: number, code: string): GroupScore | undefined {
  const group = entity.groups[g];
  return group?.code === code ? group : undefined;
}

/** `entity.groups[g]`, building only that one when the entity is a view. */
export function groupAt(entity: EntityScore, g: number): GroupScore | undefined {
  const view = viewOf(entity, 'groups');
  if (view === null) return entity.groups[g];
  return g >= 0 && g < view.columns.groupCount ? view.columns.group(view.e, g) : undefined;
}

/**
 * `entity.gaps`, built afresh and not kept when the entity is a view; its first `limit` only
 * when given (the gap sheet of a big batch shows each entity's 10 biggest of ~40).
 */
export function gapsOf(entity: EntityScore, limit = Infinity): readonly GapEntry[] {
  const view = viewOf(entity, 'gaps');
  if (view !== null) return view.columns.gaps(view.e, limit);
  return limit < entity.gaps.length ? entity.gaps.slice(0, limit) : entity.gaps;
}

export function gapCountOf(entity: EntityScore): number {
  const view = viewOf(entity, 'gaps');
  return view === null ? entity.gaps.length : view.columns.gapLength(view.e);
}
