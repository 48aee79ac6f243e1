import type { CatalogueSection } from './entry.js';

/** Findings about the content of a data table: headers, values, indicators (stage DATA_). */
export const dataCodes = {
  DATA_NOT_A_NUMBER: {
    severity: 'error',
    vi: 'Giá trị "{value}" không phải là số.',
    en: 'The value "{value}" is not a number.',
  },
} as const satisfies CatalogueSection;
