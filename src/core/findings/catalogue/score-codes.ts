import type { CatalogueSection } from './entry.js';

/** Findings raised while scoring (stage SCORE_). */
export const scoreCodes = {
  SCORE_NO_ENTITIES: {
    severity: 'error',
    vi: 'Không có đơn vị nào để chấm điểm.',
    en: 'There is no entity to score.',
  },
} as const satisfies CatalogueSection;
