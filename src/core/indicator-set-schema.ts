import { z } from 'zod';

/**
 * The indicator-set file format (spec §2), as strict zod schemas: an unknown key anywhere is an
 * error, so a misspelt `pionts:` is caught instead of silently ignored. Semantic rules that need
 * the whole set (unique codes, points adding up, step shapes) live in `indicator-set-rules.ts`.
 */

export const codeSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]+$/, 'codes use letters, digits and . _ - only');

/** A text in both languages. A plain string is accepted and used for both. */
export const localizedSchema = z.union([
  z.string().min(1),
  z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() }),
]);

const finite = z.number();

export const targetScoringSchema = z.strictObject({
  method: z.literal('target'),
  target: finite,
  worst: finite.optional(),
});

export const stepSchema = z.union([
  z.strictObject({ min: finite, score: finite }),
  z.strictObject({ max: finite, score: finite }),
]);

export const stepsScoringSchema = z.strictObject({
  method: z.literal('steps'),
  steps: z.array(stepSchema).min(1),
});

export const booleanScoringSchema = z.strictObject({ method: z.literal('boolean') });

export const levelSchema = z.strictObject({
  label: localizedSchema,
  score: finite.optional(),
});

export const levelsScoringSchema = z.strictObject({
  method: z.literal('levels'),
  levels: z.array(levelSchema),
});

export const infoScoringSchema = z.strictObject({ method: z.literal('info') });

export const scoringSchema = z.discriminatedUnion('method', [
  targetScoringSchema,
  stepsScoringSchema,
  booleanScoringSchema,
  levelsScoringSchema,
  infoScoringSchema,
]);

export const indicatorTypeSchema = z.enum(['percent', 'number', 'count', 'boolean', 'level']);
export const directionSchema = z.enum(['higher', 'lower']);
export const missingPolicySchema = z.enum(['zero', 'exclude']);

/** `[min, max]`; `null` leaves that side open. */
export const rangeSchema = z.tuple([finite.nullable(), finite.nullable()]);

export const indicatorSchema = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  type: indicatorTypeSchema,
  unit: z.string().optional(),
  direction: directionSchema.optional(),
  points: z.number().positive().optional(),
  scoring: scoringSchema,
  range: rangeSchema.optional(),
  ratio: z.boolean().optional(),
  evidence: z.enum(['required', 'optional']).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  basis: z.string().optional(),
  description: localizedSchema.optional(),
});

export interface GroupInput {
  code: string;
  name: z.input<typeof localizedSchema>;
  points?: number | undefined;
  description?: z.input<typeof localizedSchema> | undefined;
  groups?: GroupInput[] | undefined;
  indicators?: z.input<typeof indicatorSchema>[] | undefined;
}

export const groupSchema: z.ZodType<GroupInput> = z.strictObject({
  code: codeSchema,
  name: localizedSchema,
  points: z.number().positive().optional(),
  description: localizedSchema.optional(),
  get groups() {
    return z.array(groupSchema).min(1).optional();
  },
  indicators: z.array(indicatorSchema).min(1).optional(),
});

export const bandSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'band ids are lower-case words'),
  min: z.number().min(0).max(1),
});

export const ratingSchema = z.strictObject({
  min: z.number().min(0).max(1),
  label: localizedSchema,
});

export const indicatorSetSchema = z.strictObject({
  /** Lets editors find the JSON Schema; ignored by the tool. */
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
  version: z.string().min(1),
  title: localizedSchema,
  source: z.string().optional(),
  effective: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD')
    .optional(),
  levels: z
    .strictObject({ vi: z.array(z.string()), en: z.array(z.string()).optional() })
    .optional(),
  missing: missingPolicySchema.optional(),
  total: z.number().positive().optional(),
  bands: z.array(bandSchema).min(1).optional(),
  ratings: z.array(ratingSchema).min(1).optional(),
  groups: z.array(groupSchema).min(1),
});

export type IndicatorSetInput = z.input<typeof indicatorSetSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;
export type Scoring = z.output<typeof scoringSchema>;
export type Step = z.output<typeof stepSchema>;
export type IndicatorType = z.output<typeof indicatorTypeSchema>;
export type Direction = z.output<typeof directionSchema>;
export type MissingPolicy = z.output<typeof missingPolicySchema>;
export type LocalizedInput = z.input<typeof localizedSchema>;
