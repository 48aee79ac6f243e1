import { z } from 'zod';

/**
 * What `smartcity.config.yaml` may set (spec §11): the long option names, camelCase as in the
 * flags' attribute names. Each key's kind decides both its zod check and the finding for a bad
 * value, so the two cannot disagree.
 */
export const PROJECT_CONFIG_KEYS = {
  set: { kind: 'text' },
  lang: { kind: 'choice', choices: ['vi', 'en'] },
  missing: { kind: 'choice', choices: ['zero', 'exclude'] },
  strict: { kind: 'boolean' },
  minCoverage: { kind: 'range', min: 0, max: 1 },
  expect: { kind: 'choice', choices: ['all'] },
  decimal: { kind: 'choice', choices: ['auto', 'comma', 'dot'] },
  encoding: { kind: 'choice', choices: ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258'] },
} as const;

export type ProjectConfigKey = keyof typeof PROJECT_CONFIG_KEYS;

export const projectConfigSchema = z
  .strictObject({
    set: z.string().trim().min(1),
    lang: z.enum(PROJECT_CONFIG_KEYS.lang.choices),
    missing: z.enum(PROJECT_CONFIG_KEYS.missing.choices),
    strict: z.boolean(),
    minCoverage: z.number().min(0).max(1),
    expect: z.enum(PROJECT_CONFIG_KEYS.expect.choices),
    decimal: z.enum(PROJECT_CONFIG_KEYS.decimal.choices),
    encoding: z.enum(PROJECT_CONFIG_KEYS.encoding.choices),
  })
  .partial();

export type ProjectConfig = z.output<typeof projectConfigSchema>;
