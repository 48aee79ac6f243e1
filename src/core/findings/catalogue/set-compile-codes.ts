import type { CatalogueSection } from './entry.js';

/** `smartcity indicators compile <set.yaml>`: what stops it (exit 2). */
export const setCompileCodes = {
  RUN_COMPILE_NEEDS_FILE: {
    severity: 'error',
    vi: '"{ref}" là bộ chỉ số có sẵn, đã được biên dịch sẵn; lệnh compile cần đường dẫn tới một tệp .yaml.',
    en: '"{ref}" is a bundled set, compiled when smartcity is built; compile needs the path of a .yaml file.',
  },
  RUN_COMPILE_WRITE_FAILED: {
    severity: 'error',
    vi: 'Không ghi được "{path}" ({reason}); bộ chỉ số vẫn dùng được, chỉ chậm hơn một chút.',
    en: 'Cannot write "{path}" ({reason}); the set still works, only a little slower to load.',
  },
} as const satisfies CatalogueSection;
