import type { EntityData } from '../table/dataset.js';
import type { EntityScore, Report } from './report.js';

/** An entity's place in the national ranking, shown on its own report (spec §7 `--split`). */
export interface NationalRank {
  /** null when the entity has no index and so no rank. */
  rank: number | null;
  /** How many entities of the national report were ranked. */
  of: number;
}

/**
 * The one-entity report of entity `index` of a national report (spec §7 `--split`): the entity as
 * scored nationally — its rank is the national rank — with only the data and findings about it.
 * Its data are the bound entities with its code (for a rolled-up unit, its predecessors' codes) or,
 * without a code, its label. A finding is about it when it names one of those codes, or names no
 * province and lies in one of those entities' files (a file-level note such as a conflict of
 * sources). Notes about the round (missing units, a pattern that matched nothing) name no file
 * and stay in the national report.
 */
export function unitReport(report: Report, index: number): { report: Report; rank: NationalRank } {
  const entity = report.entities[index]!;
  const codes = new Set<string>();
  if (entity.province !== null) codes.add(entity.province.code);
  for (const p of entity.predecessors ?? []) codes.add(p.code);
  const data = report.data.filter((d) => isAbout(entity, codes, d));
  const files = new Set([entity.source.file, ...data.map((d) => d.source.file)]);
  const findings = report.findings.filter((finding) =>
    finding.province !== null
      ? codes.has(finding.province)
      : finding.file !== null && files.has(finding.file),
  );
  return {
    report: { ...report, entities: [entity], findings, data },
    rank: { rank: entity.rank, of: report.entities.filter((e) => e.rank !== null).length },
  };
}

function isAbout(entity: EntityScore, codes: ReadonlySet<string>, data: EntityData): boolean {
  if (data.province !== null) return codes.has(data.province.code);
  return entity.province === null && data.label === entity.label;
}
