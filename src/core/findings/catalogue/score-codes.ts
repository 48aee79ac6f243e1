import type { CatalogueSection } from './entry.js';

/** Findings raised while scoring (stage SCORE_). */
export const scoreCodes = {
  SCORE_NO_ENTITIES: {
    severity: 'error',
    vi: 'Không có đơn vị nào để chấm điểm.',
    en: 'There is no entity to score.',
  },
  SCORE_LOW_COVERAGE: {
    severity: 'warning',
    vi: '{entity}: số liệu phủ {coverage}% điểm, dưới ngưỡng {min}% — chưa xếp loại (thiếu số liệu).',
    en: '{entity}: the data covers {coverage}% of the points, below the threshold of {min}% — not rated (too little data).',
  },
} as const satisfies CatalogueSection;
