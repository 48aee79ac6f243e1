import type { EntityData, ObservedValue } from '../dataset.js';
import type { ResolvedIndicator } from '../resolved-set.js';
import { report, type BindContext } from './bind-context.js';

/** The value a percent indicator aims for, when its scoring names one. */
function targetOf(indicator: ResolvedIndicator): number | null {
  const { scoring } = indicator;
  if (scoring.method === 'target') return scoring.target;
  if (scoring.method === 'steps') {
    const bounds = scoring.steps.map((step) => ('min' in step ? step.min : step.max));
    return bounds.length === 0 ? null : Math.max(...bounds);
  }
  return null;
}

/**
 * Spec §3.4: when every reported value of a percent indicator in a file lies in (0, 1] and its
 * target is above 1, one warning says they look like fractions. The values are kept.
 */
export function checkFractions(ctx: BindContext, entities: readonly EntityData[]): void {
  for (const indicator of ctx.set.indicators) {
    if (indicator.type !== 'percent') continue;
    const target = targetOf(indicator);
    if (target === null || target <= 1) continue;
    const reported: ObservedValue[] = [];
    for (const entity of entities) {
      const observed = entity.values.get(indicator.code);
      if (observed !== undefined && typeof observed.value === 'number') reported.push(observed);
    }
    const first = reported[0];
    if (first === undefined) continue;
    if (reported.every(({ value }) => typeof value === 'number' && value > 0 && value <= 1)) {
      report(
        ctx,
        'DATA_LOOKS_LIKE_FRACTION',
        { indicator: indicator.code, target },
        first.location,
        {
          indicator: indicator.code,
          value: String(first.value),
        },
      );
    }
  }
}
