import type { FindingLocation } from '../findings/finding.js';
import { foldText } from '../text/fold-text.js';
import { legacyFontHint } from '../text/legacy-font-hint.js';
import { provincesOfEra } from '../province/province-registry.js';
import type { ProvinceUnit } from '../province/province-unit.js';
import { resolveProvince, type ProvinceResolution } from '../province/resolve-province.js';
import { report, type BindContext } from './bind-context.js';

export interface EntityName {
  label: string;
  province: { code: string; name: string } | null;
}

/** Where a province name came from: explicit names that fail are errors, file names are not. */
export type NameOrigin = 'explicit' | 'file-name';

function unitNames(units: readonly ProvinceUnit[]): string {
  return units.map((unit) => `${unit.name} (${unit.code})`).join(', ');
}

/**
 * "dongnai" has no space for the folded matcher to work with: compare with spaces removed,
 * against the year's era first (spec §3.3), and resolve the unit's own name if one fits.
 */
function compactResolution(text: string, year: number | null): ProvinceResolution | null {
  const compact = foldText(text).replace(/\s+/g, '');
  if (compact === '') return null;
  const eras: Array<'2025' | 'pre-2025'> =
    year !== null && year < 2025 ? ['pre-2025'] : year !== null ? ['2025'] : ['2025', 'pre-2025'];
  for (const era of eras) {
    const hits = provincesOfEra(era).filter((unit) =>
      [unit.name, ...unit.aliases].some((name) => foldText(name).replace(/\s+/g, '') === compact),
    );
    if (hits.length === 1) return resolveProvince(hits[0]!.name, { year });
  }
  return null;
}

/** What a name or code resolves to in the year's era, the file name's compact form included. */
export function provinceResolution(text: string, year: number | null): ProvinceResolution {
  const resolution = resolveProvince(text, { year });
  return resolution.kind === 'unknown' ? (compactResolution(text, year) ?? resolution) : resolution;
}

/**
 * Resolves a province name or code to an entity (spec §3.3), reporting what is wrong at
 * `location`: unknown (with the closest names), ambiguous, or a pre-2025 unit used for 2025+.
 * A file name that names nothing labels the entity with the file name, with a warning.
 */
export function resolveEntity(
  ctx: Pick<BindContext, 'findings'>,
  text: string,
  year: number | null,
  location: FindingLocation,
  origin: NameOrigin,
  fileLabel: string = text,
): EntityName {
  const hint = legacyFontHint(text);
  if (hint !== null) {
    report(ctx, 'PROVINCE_LEGACY_FONT', { name: text, suggestion: hint }, location, {
      value: text,
    });
  }
  const resolution = provinceResolution(text, year);
  switch (resolution.kind) {
    case 'ok': {
      const { code, name } = resolution.unit;
      return { label: name, province: { code, name } };
    }
    case 'retired': {
      const { unit, successor } = resolution;
      report(
        ctx,
        'PROVINCE_RETIRED',
        {
          name: unit.name,
          successor: successor.name,
          successorCode: successor.code,
          date: successor.validFrom ?? '2025-07-01',
          year: year ?? '',
        },
        location,
        { province: unit.code, value: text },
      );
      return { label: unit.name, province: { code: unit.code, name: unit.name } };
    }
    case 'ambiguous':
      report(
        ctx,
        'PROVINCE_AMBIGUOUS',
        { name: text, candidates: unitNames(resolution.candidates) },
        location,
        { value: text },
      );
      return { label: text, province: null };
    case 'unknown':
      if (origin === 'file-name') {
        report(ctx, 'PROVINCE_FROM_FILE_NAME', { name: fileLabel }, location, { value: fileLabel });
        return { label: fileLabel, province: null };
      }
      report(
        ctx,
        'PROVINCE_UNKNOWN',
        {
          name: text,
          suggestions:
            resolution.suggestions.length === 0
              ? null
              : resolution.suggestions
                  .slice(0, 3)
                  .map((unit) => unit.name)
                  .join(', '),
        },
        location,
        { value: text },
      );
      return { label: text, province: null };
  }
}
