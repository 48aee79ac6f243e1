import type { CompareEntity, CompareResult } from '../../core/compare/compare-result.js';
import type { Lang } from '../../core/findings/finding.js';
import { findingToJson } from '../../core/findings/format-finding.js';
import { jsonChunks } from './json-chunks.js';
import { codeQuoter, compareEntityJson } from './compare-entity-json.js';
import { JsonText } from './json-text.js';

/**
 * The JSON of `smartcity compare` (spec §8.1): `{schemaVersion, kind: "compare", indicatorSet:
 * {before, after}, policy, entities, onlyBefore, onlyAfter, findings}`, numbers rounded to 6
 * decimals, keys in a fixed order, no clock or locale read: the same sides give the same bytes.
 * `policy` says per side how missing values counted and whether it was rolled up (and how).
 * In pieces, entity by entity (json-chunks.ts): two rounds of 3,321 communes make ~43 MB of JSON,
 * which as one string took ~0.4 s and ~100 MB to build and encode. Each entity is written straight
 * as text (compare-entity-json.ts).
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

function* entitiesJson(entities: readonly CompareEntity[]): Generator<JsonText> {
  const quote = codeQuoter();
  for (const entity of entities) {
    yield new JsonText((indent) => compareEntityJson(entity, indent, quote));
  }
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}
