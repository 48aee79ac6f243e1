/**
 * The patterns and word lists of the indicator-set format (spec §2), in one zod-free place: the
 * zod schema is built from them, and so is the check of a compiled set read back from disk
 * (resolved-set-check.ts), which must not import zod (that is what compiling saves).
 */
export const setVocabulary = {
  codePattern: /^[A-Za-z0-9._-]+$/,
  idPattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  datePattern: /^\d{4}-\d{2}-\d{2}$/,
  bandIdPattern: /^[a-z][a-z0-9_-]*$/,
  indicatorTypes: ['percent', 'number', 'count', 'boolean', 'level'],
  directions: ['higher', 'lower'],
  missingPolicies: ['zero', 'exclude'],
  evidence: ['required', 'optional'],
  rollupRules: ['mean', 'sum', 'min', 'max', 'all', 'any'],
} as const;
