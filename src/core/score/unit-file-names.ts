import { fileSlug } from '../text/file-slug.js';
import type { EntityScore } from './report.js';

/**
 * The file name of each entity's own report (spec §7 `--split`): `<code>-<slug>.report.xlsx`
 * (`75-dong-nai.report.xlsx`), or `<slug>.report.xlsx` of the label when there is no code.
 *
 * A unit appears once per year (a second time is DATA_DUPLICATE_ENTITY), so the code makes names
 * unique within one year. Two cases remain, handled so no report overwrites another: the same
 * unit for two years gets `-<year>` on every one of its names, and two labels folding to one slug
 * ("Xã Tân An" and "Xa Tan An") get `-2`, `-3` … in input order.
 */
export function unitFileNames(entities: readonly EntityScore[]): string[] {
  const bases = entities.map((entity, i) => {
    const slug = fileSlug(entity.province?.name ?? entity.label);
    if (entity.province !== null) {
      return slug === '' ? entity.province.code : `${entity.province.code}-${slug}`;
    }
    return slug === '' ? `unit-${i + 1}` : slug;
  });
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const taken = new Set<string>();
  return bases.map((base, i) => {
    const year = entities[i]!.year;
    let name = counts.get(base)! > 1 && year !== null ? `${base}-${year}` : base;
    for (let n = 2; taken.has(name); n++) name = `${base}${year === null ? '' : `-${year}`}-${n}`;
    taken.add(name);
    return `${name}.report.xlsx`;
  });
}
