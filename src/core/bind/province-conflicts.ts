import type { ProvinceUnit } from '../province/province-unit.js';
import { report, type BindContext } from './bind-context.js';
import { provinceResolution } from './resolve-entity.js';
import { claimPlace, type SourceClaim } from './source-claim.js';

/** The unit a source names in the year's era, without reporting; null when it names none. */
function claimedUnit(text: string, year: number | null): ProvinceUnit | null {
  const resolution = provinceResolution(text, year);
  return resolution.kind === 'ok' || resolution.kind === 'retired' ? resolution.unit : null;
}

/**
 * One unit under two eras' names is no disagreement: a pre-2025 unit agrees with the 2025 unit
 * it became (Bình Phước with Đồng Nai), but two pre-2025 units never agree with each other.
 */
function sameUnit(a: ProvinceUnit, b: ProvinceUnit): boolean {
  if (a.era === b.era) return a.code === b.code;
  const [earlier, current] = a.era === 'pre-2025' ? [a, b] : [b, a];
  return earlier.successor === current.code;
}

/**
 * Spec §6 "disagreeing sources": the winner of §3.3 stands, and every weaker source that names
 * another unit gets a PROVINCE_CONFLICT warning at the winner's place naming both. A weaker
 * source that names no unit (a file called "submission.xlsx") says nothing and is not compared.
 */
export function provinceConflicts(
  ctx: BindContext,
  winner: SourceClaim,
  weaker: ReadonlyArray<SourceClaim | null>,
  year: number | null,
): void {
  const unit = claimedUnit(winner.text, year);
  if (unit === null) return;
  for (const claim of weaker) {
    if (claim === null) continue;
    const other = claimedUnit(claim.text, year);
    if (other === null || sameUnit(unit, other)) continue;
    report(
      ctx,
      'PROVINCE_CONFLICT',
      {
        value: unit.name,
        source: winner.source,
        other: other.name,
        otherSource: claim.source,
        otherPlace: claimPlace(ctx, claim),
      },
      winner.location,
      { province: unit.code, value: claim.text },
    );
  }
}
