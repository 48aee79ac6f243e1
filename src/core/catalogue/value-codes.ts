import type { CatalogueSection } from './entry.js';

/** Findings about one cell's value against its indicator (stage DATA_, value coercion). */
export const valueCodes = {
  DATA_AMBIGUOUS_NUMBER: {
    severity: 'error',
    vi: 'Không rõ "{value}" dùng dấu phẩy hay dấu chấm làm dấu thập phân; dùng --decimal comma|dot.',
    en: 'Cannot tell whether "{value}" uses a decimal comma or point; use --decimal comma|dot.',
  },
} as const satisfies CatalogueSection;
