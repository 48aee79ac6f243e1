import type { CompareEntity, CompareResult } from '../../core/compare/compare-result.js';
import type { Lang } from '../../core/findings/finding.js';
import { findingToJson } from '../../core/findings/format-finding.js';
import { jsonChunks } from './json-chunks.js';
import { roundNumber } from './round-number.js';

/**
 * The JSON of `smartcity compare` (spec §8.1): `{schemaVersion, kind: "compare", indicatorSet:
 * {before, after}, policy, entities, onlyBefore, onlyAfter, findings}`, numbers rounded to 6
 * decimals, keys in a fixed order, no clock or locale read: the same sides give the same bytes.
 * `policy` says per side how missing values counted and whether it was rolled up (and how).
 * In pieces, entity by entity (json-chunks.ts): two rounds of 3,321 communes make ~43 MB of JSON,
 * which as one string took ~0.4 s and ~100 MB to build and encode.
 */
export function compareJsonChunks(result: CompareResult, lang: Lang): Iterable<string> {
  const setJson = (set: CompareResult['sets']['before']) => ({
    id: set.id,
    version: set.version,
    title: set.title,
  });
  const doc = {
    schemaVersion: 1,
    kind: 'compare',
    indicatorSet: { before: setJson(result.sets.before), after: setJson(result.sets.after) },
    policy: result.policy,
    entities: entitiesJson(result.entities),
    onlyBefore: result.onlyBefore,
    onlyAfter: result.onlyAfter,
    findings: result.findings.map((finding) => findingToJson(finding, lang)),
  };
  return withNewline(jsonChunks(doc));
}

function* entitiesJson(entities: readonly CompareEntity[]): Generator<Record<string, unknown>> {
  for (const entity of entities) yield entityJson(entity);
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

function entityJson(entity: CompareEntity): Record<string, unknown> {
  const snap = (s: CompareEntity['before']) => ({
    year: s.year,
    points: num(s.points),
    maxPoints: num(s.maxPoints),
    index: num(s.index),
    rank: s.rank,
    rating: s.rating,
    coverage: num(s.coverage),
  });
  return {
    label: entity.label,
    province: entity.province,
    before: snap(entity.before),
    after: snap(entity.after),
    delta: {
      index: num(entity.delta.index),
      points: num(entity.delta.points),
      rank: entity.delta.rank,
    },
    groups: entity.groups.map((g) => ({
      code: g.code,
      before: num(g.before),
      after: num(g.after),
      delta: num(g.delta),
    })),
    indicators: entity.indicators.map((i) => ({
      code: i.code,
      before: num(i.before),
      after: num(i.after),
      delta: num(i.delta),
      beforeValue: typeof i.beforeValue === 'number' ? num(i.beforeValue) : i.beforeValue,
      afterValue: typeof i.afterValue === 'number' ? num(i.afterValue) : i.afterValue,
    })),
    improved: entity.improved.map((g) => ({ code: g.code, points: num(g.points) })),
    declined: entity.declined.map((g) => ({ code: g.code, points: num(g.points) })),
  };
}

function num(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : roundNumber(x);
}
