import type { CatalogueSection } from './entry.js';

/** Findings about a data file as a container: format, encoding, zip, CSV structure (stage FILE_). */
export const fileCodes = {
  FILE_EMPTY: {
    severity: 'error',
    vi: 'Tệp rỗng, không có dữ liệu.',
    en: 'The file is empty.',
  },
} as const satisfies CatalogueSection;
