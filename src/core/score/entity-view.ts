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
/**
 * The score columns the entity's `part` is read from, or null for a plain entity or one that
 * holds that part as its own array; the entity's row in them is `rowOf(entity)`. Two reads, no
 * object: the renderers ask this for every cell of a batch's sheets.
 */
function columnsOf(entity: EntityScore, part: Part): ScoreColumns | null {
  const columns = (entity as Viewed)[COLUMNS];
  if (columns === undefined) return null;
  return (columns.held[(entity as Viewed)[AT]!]! & HELD[part]) === 0 ? columns : null;
}

function rowOf(entity: EntityScore): number {
  return (entity as Viewed)[AT]!;
}

/** `entity.indicators`, built afresh and not kept when the entity is a view. */
export function indicatorsOf(entity: EntityScore): readonly IndicatorScore[] {
  const columns = columnsOf(entity, 'indicators');
  return columns === null ? entity.indicators : columns.indicators(rowOf(entity));
}

/** `entity.indicators[i]`, building only that one when the entity is a view. */
export function indicatorAt(entity: EntityScore, i: number): IndicatorScore | undefined {
  const columns = columnsOf(entity, 'indicators');
  if (columns === null) return entity.indicators[i];
  return i >= 0 && i < columns.indicatorCount(rowOf(entity))
    ? columns.indicator(rowOf(entity), i)
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
  const columns = columnsOf(entity, 'indicators');
  if (columns !== null) return columns.achievementOf(rowOf(entity), i, code);
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
  const columns = columnsOf(entity, 'indicators');
  if (columns !== null) return columns.valueOf(rowOf(entity), i, code);
  return plainIndicator(entity, i, code)?.value;
}

/** `entity.indicators[i]` of a plain entity when it has `code`. */
function plainIndicator(entity: EntityScore, i: number, code: string): IndicatorScore | undefined {
  const score = entity.indicators[i];
  return score?.code === code ? score : undefined;
}

export function indicatorCountOf(entity: EntityScore): number {
  const columns = columnsOf(entity, 'indicators');
  return columns === null ? entity.indicators.length : columns.indicatorCount(rowOf(entity));
}

/** `entity.groups`, built afresh and not kept when the entity is a view. */
export function groupsOf(entity: EntityScore): readonly GroupScore[] {
  const columns = columnsOf(entity, 'groups');
  return columns === null ? entity.groups : columns.groups(rowOf(entity));
}

export function groupCountOf(entity: EntityScore): number {
  const columns = columnsOf(entity, 'groups');
  return columns === null ? entity.groups.length : columns.groupCount;
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
  const columns = columnsOf(entity, 'groups');
  if (columns !== null) return columns.groupIndexOf(rowOf(entity), g, code);
  return plainGroup(entity, g, code)?.index;
}

export function groupRankAt(
  entity: EntityScore,
  g: number,
  code: string,
): number | null | undefined {
  const columns = columnsOf(entity, 'groups');
  if (columns !== null) return columns.groupRankOf(rowOf(entity), g, code);
  return plainGroup(entity, g, code)?.rank;
}

/** `entity.groups[g]` of a plain entity when it has `code`. */
function plainGroup(entity: EntityScore, g: number, code: string): GroupScore | undefined {
  const group = entity.groups[g];
  return group?.code === code ? group : undefined;
}

/** `entity.groups[g]`, building only that one when the entity is a view. */
export function groupAt(entity: EntityScore, g: number): GroupScore | undefined {
  const columns = columnsOf(entity, 'groups');
  if (columns === null) return entity.groups[g];
  return g >= 0 && g < columns.groupCount ? columns.group(rowOf(entity), g) : undefined;
}

/**
 * `entity.gaps`, built afresh and not kept when the entity is a view; its first `limit` only
 * when given (the gap sheet of a big batch shows each entity's 10 biggest of ~40).
 */
export function gapsOf(entity: EntityScore, limit = Infinity): readonly GapEntry[] {
  const columns = columnsOf(entity, 'gaps');
  if (columns !== null) return columns.gaps(rowOf(entity), limit);
  return limit < entity.gaps.length ? entity.gaps.slice(0, limit) : entity.gaps;
}

export function gapCountOf(entity: EntityScore): number {
  const columns = columnsOf(entity, 'gaps');
  return columns === null ? entity.gaps.length : columns.gapLength(rowOf(entity));
}
