import { resolveProvince } from '../province/resolve-province.js';
import type { Dataset, EntityData } from '../table/dataset.js';
import { editDistance } from '../text/edit-distance.js';
import { foldText } from '../text/fold-text.js';

export type Selection =
  | { kind: 'ok'; datasets: Dataset[] }
  /** A name no entity matches: the closest labels of the input, best first. */
  | { kind: 'no-match'; name: string; suggestions: string[] }
  /** A pre-2025 name whose successor is the unit the data has (or would have). */
  | {
      kind: 'merged';
      name: string;
      successor: { code: string; name: string };
      date: string;
    };

const MAX_SUGGESTIONS = 3;

/** The province codes a name can stand for: its unit in every era ("Đồng Nai" is 48 and 75). */
function codesOf(name: string): Set<string> {
  const codes = new Set<string>();
  for (const year of [2025, 2024]) {
    const resolution = resolveProvince(name, { year });
    if (resolution.kind === 'ok' || resolution.kind === 'retired') {
      codes.add(resolution.unit.code);
    }
  }
  return codes;
}

function matches(entity: EntityData, name: string, codes: ReadonlySet<string>): boolean {
  if (entity.province !== null && codes.has(entity.province.code)) {
    // A code resolves within an era (52 is Gia Lai in 2025, Bình Định before): check it again
    // for the entity's own year.
    const own = resolveProvince(name, { year: entity.year });
    return (own.kind === 'ok' || own.kind === 'retired') && own.unit.code === entity.province.code;
  }
  return foldText(entity.label) === foldText(name);
}

/**
 * `--province` on inputs that hold several entities (spec §6): keeps the entities it names — a
 * code, a name or an alias, matched through the registry, or a free label matched folded. A name
 * that matches nothing is not a silent "all of them": the caller stops (exit 2) with the closest
 * labels, or, for a pre-2025 unit merged in 2025, the unit it merged into. A dataset left with
 * no entity keeps its findings.
 */
export function selectEntities(datasets: readonly Dataset[], names: readonly string[]): Selection {
  const all = datasets.flatMap((dataset) => dataset.entities);
  const wanted = names.map((name) => ({ name, codes: codesOf(name) }));
  for (const { name, codes } of wanted) {
    if (all.some((entity) => matches(entity, name, codes))) continue;
    const merged = mergedInto(name);
    if (merged !== null) return { kind: 'merged', name, ...merged };
    return { kind: 'no-match', name, suggestions: closestLabels(all, name) };
  }
  return {
    kind: 'ok',
    datasets: datasets.map((dataset) => ({
      ...dataset,
      entities: dataset.entities.filter((entity) =>
        wanted.some(({ name, codes }) => matches(entity, name, codes)),
      ),
    })),
  };
}

/** A name that is only a pre-2025 unit's, with the 2025 unit it merged into. */
function mergedInto(
  name: string,
): { successor: { code: string; name: string }; date: string } | null {
  const resolution = resolveProvince(name, { year: 2025 });
  if (resolution.kind !== 'retired') return null;
  const { successor } = resolution;
  return {
    successor: { code: successor.code, name: successor.name },
    date: successor.validFrom ?? '2025-07-01',
  };
}

/** The input's labels nearest to a name (folded edit distance), for "did you mean". */
function closestLabels(entities: readonly EntityData[], name: string): string[] {
  const wanted = foldText(name);
  const labels = [...new Set(entities.map((entity) => entity.province?.name ?? entity.label))];
  const scored = labels
    .map((label) => ({ label, distance: editDistance(foldText(label), wanted) }))
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label, 'vi'));
  const best = scored[0]?.distance ?? 0;
  return scored
    .filter((s) => s.distance <= best + 1)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.label);
}
