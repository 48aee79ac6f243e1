import type { CompareSide, SideEntity } from './compare-side.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const numOrNull = (v: unknown): v is number | null => v === null || isNum(v);
const textOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Why a parsed JSON file is not a report a comparison can use; the message names the field. */
export class NotAReport extends Error {}

/**
 * A JSON report written by `score -o x.json` (spec §4.2, schemaVersion 1) as a comparison side.
 * Only the fields a comparison reads are checked, and keys the tool may add later are ignored;
 * anything else — another tool's JSON, a `compare` or `sensitivity` result, another
 * schemaVersion, a field of the wrong type — throws NotAReport with the reason.
 */
export function sideOfJson(doc: unknown): CompareSide {
  if (!isObj(doc)) fail('the file holds no JSON object');
  if (!isObj(doc.tool) || doc.tool.name !== 'smartcity') fail('"tool.name" is not "smartcity"');
  if (doc.kind !== undefined) fail(`it is a "${String(doc.kind)}" result, not a score report`);
  if (doc.schemaVersion !== 1) fail(`"schemaVersion" is ${JSON.stringify(doc.schemaVersion)}`);
  const set = doc.indicatorSet;
  if (!isObj(set) || typeof set.id !== 'string' || typeof set.version !== 'string') {
    fail('"indicatorSet" has no id and version');
  }
  const policy = doc.policy;
  if (!isObj(policy) || (policy.missing !== 'zero' && policy.missing !== 'exclude')) {
    fail('"policy.missing" is neither "zero" nor "exclude"');
  }
  const rollup = policy.rollup;
  if (rollup !== undefined && rollup !== 'scores' && rollup !== 'values') {
    fail('"policy.rollup" is neither "scores" nor "values"');
  }
  if (!Array.isArray(doc.entities)) fail('"entities" is not a list');
  const entities = doc.entities.map((entity, e) => entityOf(entity, `entities[${e}]`));
  const first = doc.entities[0] as Obj | undefined;
  const groups = first === undefined ? [] : (first.groups as Obj[]);
  return {
    set: {
      id: set.id,
      version: set.version,
      title: typeof set.title === 'string' ? set.title : '',
      groups: groups.map((g) => ({
        code: g.code as string,
        level: g.level as number,
        name: typeof g.name === 'string' ? g.name : (g.code as string),
      })),
      // The report carries no indicator names: the codes name them.
      indicators: (entities[0]?.indicators ?? []).map((i) => ({ code: i.code, name: i.code })),
    },
    policy: { missing: policy.missing, rollup: rollup ?? null },
    entities,
  };
}

function entityOf(value: unknown, at: string): SideEntity {
  if (!isObj(value)) fail(`"${at}" is not an object`);
  const { label, province, year, points, maxPoints, index, rank, rating, coverage } = value;
  if (typeof label !== 'string') fail(`"${at}.label" is not text`);
  if (
    province !== null &&
    !(isObj(province) && typeof province.code === 'string' && typeof province.name === 'string')
  ) {
    fail(`"${at}.province" is neither null nor {code, name}`);
  }
  if (!numOrNull(year) || !isNum(points) || !isNum(maxPoints) || !numOrNull(index)) {
    fail(`"${at}" lacks year, points, maxPoints or index`);
  }
  if (!numOrNull(rank) || !textOrNull(rating) || !isNum(coverage)) {
    fail(`"${at}" lacks rank, rating or coverage`);
  }
  if (!Array.isArray(value.groups) || !Array.isArray(value.indicators)) {
    fail(`"${at}" lacks groups or indicators`);
  }
  const groups = value.groups.map((g: unknown, k) => {
    if (!isObj(g) || typeof g.code !== 'string' || !isNum(g.level) || !numOrNull(g.index)) {
      fail(`"${at}.groups[${k}]" lacks code, level or index`);
    }
    return { code: g.code, index: g.index };
  });
  const indicators = value.indicators.map((i: unknown, k) => {
    const v = isObj(i) ? i.value : undefined;
    if (
      !isObj(i) ||
      typeof i.code !== 'string' ||
      !(v === null || typeof v === 'boolean' || isNum(v)) ||
      !numOrNull(i.achievement) ||
      !numOrNull(i.points)
    ) {
      fail(`"${at}.indicators[${k}]" lacks code, value, achievement or points`);
    }
    return { code: i.code, value: v, achievement: i.achievement, points: i.points };
  });
  return {
    label,
    province:
      province === null
        ? null
        : { code: (province as Obj).code as string, name: (province as Obj).name as string },
    year,
    points,
    maxPoints,
    index,
    rank,
    rating,
    coverage,
    groups,
    indicators,
  };
}

function fail(reason: string): never {
  throw new NotAReport(reason);
}
