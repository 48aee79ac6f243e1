import type { Finding, FindingLocation } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ResolvedIndicator, ResolvedSet } from '../set/resolved-set.js';

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
 *
 * Values are observed as they are bound (entity order, then indicator), so nothing has to keep
 * them: the first number of each indicator and whether any lies outside (0, 1] is enough.
 */
export class FractionCheck {
  private readonly watched = new Map<string, number>();
  private readonly first = new Map<string, { value: number; location: FindingLocation }>();
  private readonly outside = new Set<string>();

  constructor(set: ResolvedSet) {
    for (const indicator of set.indicators) {
      if (indicator.type !== 'percent') continue;
      const target = targetOf(indicator);
      if (target === null || target <= 1) continue;
      this.watched.set(indicator.code, target);
    }
  }

  /**
   * True once values of `code` can no longer change the outcome: not watched, or a first value
   * kept and one outside (0, 1] seen. Callers may stop observing a settled code.
   */
  settled(code: string): boolean {
    return !this.watched.has(code) || (this.outside.has(code) && this.first.has(code));
  }

  /** A value the dataset holds for `code` (call in entity order). */
  observe(code: string, value: number | boolean | null, location: FindingLocation): void {
    if (typeof value !== 'number' || !this.watched.has(code)) return;
    if (!this.first.has(code)) this.first.set(code, { value, location });
    if (!(value > 0 && value <= 1)) this.outside.add(code);
  }

  /** Reports the warnings, in the set's indicator order. */
  report(ctx: { set: ResolvedSet; findings: Finding[] }): void {
    for (const indicator of ctx.set.indicators) {
      const target = this.watched.get(indicator.code);
      const first = this.first.get(indicator.code);
      if (target === undefined || first === undefined || this.outside.has(indicator.code)) continue;
      ctx.findings.push(
        makeFinding(
          'DATA_LOOKS_LIKE_FRACTION',
          { indicator: indicator.code, target },
          first.location,
          { indicator: indicator.code, value: String(first.value) },
        ),
      );
    }
  }
}
