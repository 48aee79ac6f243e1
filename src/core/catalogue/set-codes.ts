import type { CatalogueSection } from './entry.js';

/** Findings about indicator-set YAML files (stage SET_). All are errors: a set is configuration. */
export const setCodes = {
  SET_YAML_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi cú pháp YAML: {detail}',
    en: 'YAML syntax error: {detail}',
  },
} as const satisfies CatalogueSection;
