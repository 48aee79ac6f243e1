import type { CatalogueSection } from './entry.js';

/**
 * "Cannot run" codes of `smartcity sensitivity` (spec §10, exit 2): option values outside their
 * range (the message names the range), a report format it cannot write, too few entities to
 * rank.
 */
export const sensitivityCodes = {
  RUN_SENSITIVITY_RUNS: {
    severity: 'error',
    vi: '--runs cần một số nguyên từ 1 đến {max}, không phải "{value}".',
    en: '--runs needs a whole number from 1 to {max}, not "{value}".',
  },
  RUN_SENSITIVITY_SEED: {
    severity: 'error',
    vi: '--seed cần một số nguyên từ 0 đến {max}, không phải "{value}".',
    en: '--seed needs a whole number from 0 to {max}, not "{value}".',
  },
  RUN_SENSITIVITY_WEIGHTS: {
    severity: 'error',
    vi: '--weights cần một số f với 0 ≤ f < 1 (ví dụ 0.25: mỗi điểm tối đa nhân với hệ số từ 0,75 đến 1,25), không phải "{value}".',
    en: '--weights needs a number f with 0 ≤ f < 1 (e.g. 0.25: each max points multiplied by a factor from 0.75 to 1.25), not "{value}".',
  },
  RUN_SENSITIVITY_FORMAT: {
    severity: 'error',
    vi: 'Không ghi được kết quả độ nhạy dạng "{format}"; dùng -o tên.json, tên.xlsx hoặc tên.html.',
    en: 'Cannot write the sensitivity result as "{format}"; use -o name.json, name.xlsx or name.html.',
  },
  RUN_SENSITIVITY_TOO_FEW_ENTITIES: {
    severity: 'error',
    vi: 'Phân tích độ nhạy cần ít nhất hai đơn vị để xếp hạng; dữ liệu chỉ có {count}.',
    en: 'Sensitivity analysis needs at least two entities to rank; the data has {count}.',
  },
} as const satisfies CatalogueSection;
