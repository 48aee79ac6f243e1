import { makeFinding } from '../findings/make-finding.js';
import type { Dataset, EntityData } from '../table/dataset.js';
import { foldText, tidyText } from '../text/fold-text.js';

/** The unit an entity stands for: its province code, else its folded label; with its year. */
function entityKey(entity: EntityData): string {
  return entity.province !== null
    ? `p:${entity.province.code}|${entity.year ?? ''}`
    : `l:${foldText(tidyText(entity.label))}|${entity.year ?? ''}`;
}

function place(entity: EntityData): string {
  const { file, sheet } = entity.source;
  return sheet === null ? file : `${file} › ${sheet}`;
}

/**
 * Duplicates across files (spec §7): the same unit with the same year in a later file is an
 * error DATA_DUPLICATE_ENTITY in that file, naming the earlier one, and is dropped so it is
 * never ranked twice. Duplicate rows within one file are the binder's (bind-wide). Returns new
 * datasets; the input is not changed.
 */
export function duplicateEntities(datasets: readonly Dataset[]): Dataset[] {
  const first = new Map<string, { dataset: number; entity: EntityData }>();
  return datasets.map((dataset, index) => {
    const kept: EntityData[] = [];
    const findings = [...dataset.findings];
    for (const entity of dataset.entities) {
      const key = entityKey(entity);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, { dataset: index, entity });
        kept.push(entity);
      } else if (earlier.dataset === index) {
        // Within one file the binder has said it already.
        kept.push(entity);
      } else {
        findings.push(
          makeFinding(
            'DATA_DUPLICATE_ENTITY',
            { value: entity.label, other: place(earlier.entity) },
            { file: entity.source.file, sheet: entity.source.sheet },
            { province: entity.province?.code ?? null, value: entity.label },
          ),
        );
      }
    }
    return kept.length === dataset.entities.length && findings.length === dataset.findings.length
      ? dataset
      : { ...dataset, entities: kept, findings };
  });
}
