import { z } from 'zod';
import { setVocabulary } from './set-vocabulary.js';

/**
 * The indicator-set file format (spec §2), as strict zod schemas: an unknown key anywhere is an
 * error, so a misspelt `pionts:` is caught instead of silently ignored. Semantic rules that need
 * the whole set (unique codes, points adding up, step shapes) live in `indicator-set-rules.ts`.
 * The descriptions end up in `indicators/indicator-set.schema.json`, where editors show them.
 */

const codeSchema = z
  .string()
  .regex(setVocabulary.codePattern, 'codes use letters, digits and . _ - only')
  .describe('Letters, digits and . _ - ; unique ignoring case across groups and indicators.');

/** A text in both languages. A plain string is accepted and used for both. */
const localizedSchema = z.union([
  z.string().min(1),
  z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() }),
]);

// zod 4's number already refuses NaN and ±Infinity (YAML `.nan`, `.inf`).
const finite = z.number();

export const targetScoringSchema = z.strictObject({
  method: z.literal('target'),
  target: finite.describe('The value that scores 1.'),
  worst: finite
    .optional()
    .describe('The value that scores 0 (default 0 for direction higher; required for lower).'),
});

/**
 * One step. The file writes `{min, score}` (higher is better) or `{max, score}` (lower is better);
 * one object with both keys optional gives clearer messages than a union, and the transform hands
 * later stages the exact union.
 */
export const stepSchema = z
  .strictObject({
    min: finite.optional().describe('Direction higher: the step applies from this value up.'),
    max: finite.optional().describe('Direction lower: the step applies from this value down.'),
    score: finite.describe('Achievement of the step, 0..1.'),
  })
  .transform((step, ctx): { min: number; score: number } | { max: number; score: number } => {
    if (step.min !== undefined && step.max === undefined) {
      return { min: step.min, score: step.score };
    }
    if (step.max !== undefined && step.min === undefined) {
      return { max: step.max, score: step.score };
    }
    ctx.addIssue({ code: 'custom', message: 'min or max', params: { setCode: 'SET_STEP_BOUND' } });
    return z.NEVER;
  });

const stepsScoringSchema = z.strictObject({
  method: z.literal('steps'),
  steps: z.array(stepSchema).min(1),
});

const booleanScoringSchema = z.strictObject({ method: z.literal('boolean') });

export const levelSchema = z.strictObject({
  label: localizedSchema,
  score: finite.optional().describe('Achievement of the level, 0..1 (default i/(n-1)).'),
});

const levelsScoringSchema = z.strictObject({
  method: z.literal('levels'),
  levels: z.array(levelSchema).describe('At least two levels, worst first.'),
});

const infoScoringSchema = z.strictObject({ method: z.literal('info') });

const scoringSchema = z.discriminatedUnion('method', [
  targetScoringSchema,
  stepsScoringSchema,
  booleanScoringSchema,
  levelsScoringSchema,
  infoScoringSchema,
]);

const indicatorTypeSchema = z.enum(setVocabulary.indicatorTypes);
const directionSchema = z.enum(setVocabulary.directions);
const missingPolicySchema = z.enum(setVocabulary.missingPolicies);

/** `[min, max]`; `null` leaves that side open. */
const rangeSchema = z.tuple([finite.nullable(), finite.nullable()]);

export const indicatorSchema = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  type: indicatorTypeSchema,
  unit: z.string().optional().describe('Display only.'),
  direction: directionSchema.optional().describe('Default higher.'),
  points: z
    .number()
    .positive()
    .optional()
    .describe('Max points; without it the indicator shares its group’s unassigned points.'),
  scoring: scoringSchema,
  range: rangeSchema
    .optional()
    .describe(
      'Valid input range [min, max]; null = open. Default [0,100] percent, [0,null] count.',
    ),
  ratio: z.boolean().optional().describe('A numerator/denominator may be supplied instead.'),
  evidence: z.enum(setVocabulary.evidence).optional(),
  aliases: z.array(z.string().min(1)).optional().describe('Other spellings used in data files.'),
  basis: z.string().optional().describe('Where the definition and target come from.'),
  rollup: z
    .enum(setVocabulary.rollupRules)
    .optional()
    .describe(
      'How `--rollup values` combines pre-2025 provinces into a 2025 unit (spec §8.2): mean | sum | min | max (numbers, levels), all | any (booleans). Default: mean for percent and number, sum for count, all for boolean, min for level.',
    ),
  description: localizedSchema.optional(),
});

/**
 * A group as written (input) or as parsed (output, where steps are already the exact union): one
 * description for both sides, since a recursive schema needs its types spelled out.
 */
interface GroupOf<Localized, Indicator> {
  code: string;
  name: Localized;
  points?: number | undefined;
  description?: Localized | undefined;
  groups?: GroupOf<Localized, Indicator>[] | undefined;
  indicators?: Indicator[] | undefined;
}

export type GroupInput = GroupOf<z.input<typeof localizedSchema>, z.input<typeof indicatorSchema>>;
export type GroupOutput = GroupOf<
  z.output<typeof localizedSchema>,
  z.output<typeof indicatorSchema>
>;

const groupSchema: z.ZodType<GroupOutput, GroupInput> = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  points: z
    .number()
    .positive()
    .optional()
    .describe('Optional; without it the group’s points are the sum of its children.'),
  description: localizedSchema.optional(),
  get groups() {
    return z.array(groupSchema).min(1).optional().describe('Sub-groups (never with indicators).');
  },
  indicators: z
    .array(indicatorSchema)
    .min(1)
    .optional()
    .describe('Indicators (never with groups).'),
});

export const bandSchema = z.strictObject({
  id: z.string().regex(setVocabulary.bandIdPattern, 'band ids are lower-case words'),
  min: z.number().min(0).max(1),
});

export const ratingSchema = z.strictObject({
  min: z.number().min(0).max(1),
  label: localizedSchema,
});

export const indicatorSetSchema = z
  .strictObject({
    /** Lets editors find the JSON Schema; ignored by the tool. */
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(setVocabulary.idPattern, 'id must be kebab-case')
      .describe('kebab-case id of the set, e.g. vn-smartcity.'),
    version: z.string().min(1).describe('Quote it: version: "1.0".'),
    title: localizedSchema,
    source: z.string().optional(),
    effective: z.string().regex(setVocabulary.datePattern, 'an ISO date, YYYY-MM-DD').optional(),
    levels: z
      .strictObject({ vi: z.array(z.string()), en: z.array(z.string()).optional() })
      .optional()
      .describe('Names of the layers, e.g. Lĩnh vực / Nhóm chỉ số / Chỉ số.'),
    missing: missingPolicySchema
      .optional()
      .describe('Not-reported indicators: zero (default) or exclude.'),
    minCoverage: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'Least share of the points that must have data (0–1, default 0) for an entity to be rated.',
      ),
    total: z
      .number()
      .positive()
      .optional()
      .describe('If given, the indicator points must sum to it.'),
    bands: z.array(bandSchema).min(1).optional(),
    ratings: z.array(ratingSchema).min(1).optional(),
    groups: z.array(groupSchema).min(1),
  })
  .meta({
    title: 'smartcity indicator set',
    description: 'An indicator set for smartcity (spec §2).',
  });

export type IndicatorSetOutput = z.output<typeof indicatorSetSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;
export type IndicatorOutput = z.output<typeof indicatorSchema>;
export type Scoring = z.output<typeof scoringSchema>;
export type Step = z.output<typeof stepSchema>;
export type IndicatorType = z.output<typeof indicatorTypeSchema>;
export type RollupRule = (typeof setVocabulary.rollupRules)[number];
export type Direction = z.output<typeof directionSchema>;
export type MissingPolicy = z.output<typeof missingPolicySchema>;
export type LocalizedInput = z.input<typeof localizedSchema>;
