import type { CatalogueSection } from './entry.js';

/** What a round of submissions as a whole lacks (stage BATCH_, spec §7). */
export const batchCodes = {
  BATCH_UNITS_MISSING: {
    severity: 'warning',
    vi: 'Thiếu hồ sơ của {count}/{total} đơn vị: {units}.',
    en: '{count} of {total} units have no submission: {units}.',
  },
} as const satisfies CatalogueSection;
