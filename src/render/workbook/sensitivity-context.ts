import type { Lang } from '../../core/findings/finding.js';
import type {
  EntitySensitivity,
  SensitivityOptions,
  SensitivityResult,
} from '../../core/sensitivity/sensitivity-analysis.js';
import type { ResolvedSet } from '../../core/set/resolved-set.js';
import {
  type SensitivityWorkbookLabels,
  sensitivityWorkbookLabels,
} from './sensitivity-workbook-labels.js';
import { type WorkbookLabels, workbookLabels } from './workbook-labels.js';

/** What the sensitivity workbook and HTML page both start from, so they read the run alike. */
export interface SensitivityContext {
  l: WorkbookLabels;
  s: SensitivityWorkbookLabels;
  run: SensitivityOptions;
  /** Each group's name by code, for the leave-one-out rows. */
  names: Map<string, string>;
  /** The entities by base rank (ties in input order); `e` is the index in `result.entities`. */
  order: { entity: EntitySensitivity; e: number }[];
}

export function sensitivityContext(
  result: SensitivityResult,
  set: ResolvedSet,
  lang: Lang,
): SensitivityContext {
  return {
    l: workbookLabels(lang),
    s: sensitivityWorkbookLabels(lang),
    run: result.options,
    names: new Map(set.groups.map((group) => [group.code, group.name[lang]])),
    order: result.entities
      .map((entity, e) => ({ entity, e }))
      .sort((a, b) => a.entity.baseRank - b.entity.baseRank || a.e - b.e),
  };
}
