import type { Lang } from '../../core/findings/finding.js';
import { findingToJson } from '../../core/findings/format-finding.js';
import type {
  EntityScore,
  GapEntry,
  GroupScore,
  IndicatorScore,
  Report,
} from '../../core/score/report.js';
import type { RejectedInput } from '../../core/score/reject-inputs.js';
import { gapsOf, groupsOf, indicatorsOf } from '../../core/score/entity-view.js';
import type { ResolvedIndicator, ResolvedSet } from '../../core/set/resolved-set.js';
import { targetLabel, valueLabel } from './indicator-words.js';
import { jsonChunks } from './json-chunks.js';
import { roundNumber } from './round-number.js';

export interface ReportJsonOptions {
  lang: Lang;
  toolVersion: string;
  /** Files left out under `--keep-going` (spec §7); null or absent: no `rejected` key. */
  rejected?: readonly RejectedInput[] | null;
  /** Units with no submission under `--expect all` (spec §7); null or absent: no key. */
  missingUnits?: readonly { code: string; name: string }[] | null;
}

/**
 * The JSON report of spec §4.2, keys in the order shown there, numbers rounded to 6 decimals,
 * texts in `lang`, 2-space indent and a trailing newline. It reads no clock, locale or
 * environment, so the same report gives the same bytes anywhere.
 */
export function reportJson(report: Report, options: ReportJsonOptions): string {
  return [...reportJsonChunks(report, options)].join('');
}

/**
 * The same text in pieces, entity by entity: what the CLI writes, so a report of 100,000
 * entities is never held as one string nor as a second tree of JSON objects.
 */
export function reportJsonChunks(report: Report, options: ReportJsonOptions): Iterable<string> {
  const { lang } = options;
  const definitions = firstByCode(report.set);
  const doc = {
    schemaVersion: 1,
    tool: { name: 'smartcity', version: options.toolVersion },
    indicatorSet: {
      id: report.set.id,
      version: report.set.version,
      title: report.set.title[lang],
    },
    // `rollup` only in a rolled-up report: it says the entities are 2025 units (spec §8.1–8.2).
    policy:
      report.policy.rollup === undefined
        ? { missing: report.policy.missing }
        : { missing: report.policy.missing, rollup: report.policy.rollup },
    entities: lazyMap(report.entities, (entity) => entityJson(entity, definitions, lang)),
    ...(options.missingUnits === undefined || options.missingUnits === null
      ? {}
      : {
          missingUnits: options.missingUnits.map((unit) => ({ code: unit.code, name: unit.name })),
        }),
    ...(options.rejected === undefined || options.rejected === null
      ? {}
      : {
          rejected: options.rejected.map((r) => ({
            file: r.file,
            errors: r.errors,
            warnings: r.warnings,
            findings: r.findings.map((finding) => findingToJson(finding, lang)),
          })),
        }),
    findings: lazyMap(report.findings, (finding) => findingToJson(finding, lang)),
  };
  return jsonChunksWithNewline(doc);
}

function* jsonChunksWithNewline(doc: unknown): Generator<string> {
  yield* jsonChunks(doc);
  yield '\n';
}

function* lazyMap<T, U>(items: readonly T[], map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** The set's indicators by code, the first of a code winning (as `Array.find` did). */
function firstByCode(set: ResolvedSet): Map<string, ResolvedIndicator> {
  const byCode = new Map<string, ResolvedIndicator>();
  for (const indicator of set.indicators) {
    if (!byCode.has(indicator.code)) byCode.set(indicator.code, indicator);
  }
  return byCode;
}

/**
 * One entity's JSON. Its groups, indicators and gaps are read through groupsOf/indicatorsOf/
 * gapsOf: built from the report's score columns for this entity only, then dropped, so writing
 * 100,000 entities never holds more than one entity's objects.
 */
function entityJson(
  entity: EntityScore,
  definitions: ReadonlyMap<string, ResolvedIndicator>,
  lang: Lang,
): Record<string, unknown> {
  const json = {
    label: entity.label,
    province:
      entity.province === null ? null : { code: entity.province.code, name: entity.province.name },
    year: entity.year,
    source: { file: entity.source.file, sheet: entity.source.sheet },
    points: num(entity.points),
    maxPoints: num(entity.maxPoints),
    index: num(entity.index),
    coverage: num(entity.coverage),
    rating: entity.rating === null ? null : entity.rating[lang],
    rank: entity.rank,
    groups: groupsOf(entity).map((group) => groupJson(group, lang)),
    indicators: indicatorsOf(entity).map((indicator) =>
      indicatorJson(indicator, definitions, lang),
    ),
    gaps: gapsOf(entity).map(gapJson),
  };
  if (entity.predecessors === undefined) return json;
  return {
    ...json,
    predecessors: entity.predecessors.map((p) => ({
      code: p.code,
      name: p.name,
      index: num(p.index),
    })),
  };
}

function groupJson(group: GroupScore, lang: Lang): Record<string, unknown> {
  return {
    code: group.code,
    level: group.level,
    parent: group.parent,
    name: group.name[lang],
    points: num(group.points),
    maxPoints: num(group.maxPoints),
    index: num(group.index),
    rank: group.rank,
  };
}

function indicatorJson(
  indicator: IndicatorScore,
  definitions: ReadonlyMap<string, ResolvedIndicator>,
  lang: Lang,
): Record<string, unknown> {
  const definition = definitions.get(indicator.code);
  return {
    code: indicator.code,
    value: typeof indicator.value === 'number' ? num(indicator.value) : indicator.value,
    status: indicator.status,
    achievement: num(indicator.achievement),
    points: num(indicator.points),
    maxPoints: num(indicator.maxPoints),
    pointsLost: num(indicator.pointsLost),
    gap: num(indicator.gap),
    band: indicator.band,
    // Appended after the keys of schema version 1, so readers of those keys are unaffected.
    valueLabel: definition === undefined ? null : valueLabel(definition, indicator.value, lang),
    targetLabel: definition === undefined ? null : targetLabel(definition, lang),
  };
}

function gapJson(gap: GapEntry): Record<string, unknown> {
  return {
    code: gap.code,
    pointsLost: num(gap.pointsLost),
    gap: num(gap.gap),
    band: gap.band,
  };
}

/** Rounded for output; a non-finite number (never produced by scoring) becomes null, as JSON has none. */
function num(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return roundNumber(x);
}
