import type { Lang } from '../core/findings/finding.js';

/** Options every renderer takes. */
export interface RenderOptions {
  /** Language of labels and messages; default `vi`, as in the CLI. */
  lang?: Lang;
}
