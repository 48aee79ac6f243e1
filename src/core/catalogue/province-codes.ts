import type { CatalogueSection } from './entry.js';

/** Findings about who the entity is: provinces, years (stage PROVINCE_). */
export const provinceCodes = {
  PROVINCE_UNKNOWN: {
    severity: 'error',
    vi: 'Không nhận ra tỉnh/thành phố "{name}".{suggestions}',
    en: 'Unknown province "{name}".{suggestions}',
  },
} as const satisfies CatalogueSection;
