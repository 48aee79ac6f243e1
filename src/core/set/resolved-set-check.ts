import type { ResolvedScoring, ResolvedSet } from './resolved-set.js';
import { jsonCheck as c, type Check } from './json-check.js';
import { setVocabulary } from './set-vocabulary.js';

type Scoring<M extends ResolvedScoring['method']> = Extract<ResolvedScoring, { method: M }>;
type Step = Scoring<'steps'>['steps'][number];
type Indicator = ResolvedSet['indicators'][number];
type Group = ResolvedSet['groups'][number];

const localized = c.object<ResolvedSet['title']>({ vi: c.text, en: c.text });

const scoring: Check<ResolvedScoring> = c.anyOf(
  c.object<Scoring<'target'>>({ method: c.oneOf(['target']), target: c.number, worst: c.number }),
  c.object<Scoring<'steps'>>({
    method: c.oneOf(['steps']),
    steps: c.list(
      c.anyOf(
        c.object<Extract<Step, { min: number }>>({ min: c.number, score: c.number }),
        c.object<Extract<Step, { max: number }>>({ max: c.number, score: c.number }),
      ),
    ),
  }),
  c.object<Scoring<'boolean'>>({ method: c.oneOf(['boolean']) }),
  c.object<Scoring<'levels'>>({
    method: c.oneOf(['levels']),
    levels: c.list(c.object({ label: localized, score: c.number })),
  }),
  c.object<Scoring<'info'>>({ method: c.oneOf(['info']) }),
);

const group = c.object<Group>({
  code: c.text,
  level: c.number,
  parent: c.nullable(c.text),
  name: localized,
  points: c.number,
  groups: c.list(c.text),
  indicators: c.list(c.text),
});

const indicator = c.object<Indicator>({
  code: c.text,
  name: localized,
  path: c.list(c.text),
  type: c.oneOf(setVocabulary.indicatorTypes),
  unit: c.nullable(c.text),
  direction: c.oneOf(setVocabulary.directions),
  points: c.number,
  scoring,
  range: c.pair(c.nullable(c.number), c.nullable(c.number)),
  ratio: c.boolean,
  evidence: c.oneOf(setVocabulary.evidence),
  aliases: c.list(c.text),
  basis: c.nullable(c.text),
  rollup: c.oneOf(setVocabulary.rollupRules),
});

const resolvedSetShape = c.object<ResolvedSet>({
  id: c.text,
  version: c.text,
  title: localized,
  source: c.nullable(c.text),
  effective: c.nullable(c.text),
  levels: c.nullable(c.list(localized)),
  missing: c.oneOf(setVocabulary.missingPolicies),
  minCoverage: (value: unknown): value is number | undefined =>
    value === undefined || (c.number(value) && value >= 0 && value <= 1),
  total: c.nullable(c.number),
  bands: c.list(c.object({ id: c.text, min: c.number })),
  ratings: c.list(c.object({ min: c.number, label: localized })),
  groups: c.list(group),
  indicators: c.list(indicator),
});

/**
 * Whether parsed JSON is a ResolvedSet that later stages can work with without failing: every
 * field of the right type, and the tree holding together (unique codes, parents before their
 * children, every listed child and every path entry an existing group or indicator). This is
 * what a compiled set read back from disk must pass; it does not re-check the set's rules (§2.1),
 * which held when the set was compiled from its YAML.
 */
export function resolvedSetCheck(value: unknown): value is ResolvedSet {
  if (!resolvedSetShape(value)) return false;
  const seen = new Set<string>();
  const fresh = (code: string): boolean => {
    const key = code.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const groups = new Set<string>();
  for (const g of value.groups) {
    if (!fresh(g.code) || !Number.isInteger(g.level) || g.level < 1 || g.points < 0) return false;
    if (g.parent !== null && !groups.has(g.parent)) return false;
    groups.add(g.code);
  }
  const indicators = new Set<string>();
  for (const i of value.indicators) {
    if (!fresh(i.code) || i.points < 0 || i.path.length === 0) return false;
    if (!i.path.every((code) => groups.has(code))) return false;
    indicators.add(i.code);
  }
  return value.groups.every(
    (g) =>
      g.groups.every((code) => groups.has(code)) &&
      g.indicators.every((code) => indicators.has(code)),
  );
}
