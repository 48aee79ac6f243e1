import type { EntityData, ObservedValue } from '../table/dataset.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import type { RollupRule } from '../set/indicator-set-schema.js';

/**
 * The combined values of one 2025 unit (spec §8.2 `values`): per indicator, the predecessors'
 * values combined by the indicator's `rollup` rule, leaving out predecessors without a value
 * (none → not reported). The result is scored like any data. Evidence is kept only when one
 * predecessor gives it, so no document is attributed to a province it does not belong to.
 */
export function rollupValues(
  set: ResolvedSet,
  members: readonly EntityData[],
): Map<string, ObservedValue> {
  const values = new Map<string, ObservedValue>();
  for (const indicator of set.indicators) {
    const observed = members
      .map((member) => member.values.get(indicator.code))
      .filter((o): o is ObservedValue => o !== undefined && o.value !== null);
    if (observed.length === 0) continue;
    const evidence = observed.length === 1 ? observed[0]!.evidence : null;
    values.set(indicator.code, {
      value: combine(
        indicator.rollup,
        observed.map((o) => o.value!),
      ),
      evidence,
      note: null,
    });
  }
  return values;
}

/** `values` is never empty. Booleans only meet all/any (the set's rules make sure). */
function combine(rule: RollupRule, values: readonly (number | boolean)[]): number | boolean {
  switch (rule) {
    case 'all':
      return values.every((v) => v === true);
    case 'any':
      return values.some((v) => v === true);
    default: {
      const numbers = values.map(Number);
      if (rule === 'min') return Math.min(...numbers);
      if (rule === 'max') return Math.max(...numbers);
      let sum = 0;
      for (const n of numbers) sum += n;
      return rule === 'sum' ? sum : sum / numbers.length;
    }
  }
}
