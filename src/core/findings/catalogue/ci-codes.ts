import type { CatalogueSection } from './entry.js';

/**
 * Messages of the CI integration (spec §11) that do not stop the run: the check's result stands
 * and only the extra CI output is missing.
 */
export const ciCodes = {
  RUN_STEP_SUMMARY_NOT_WRITTEN: {
    severity: 'warning',
    vi: 'Không ghi được bảng tóm tắt vào $GITHUB_STEP_SUMMARY ("{path}": {reason}); kết quả kiểm tra không đổi.',
    en: 'Could not append the summary table to $GITHUB_STEP_SUMMARY ("{path}": {reason}); the result of the check is unchanged.',
  },
} as const satisfies CatalogueSection;
