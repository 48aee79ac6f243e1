import { bindSource } from '../../../src/core/bind/bind-source.js';
import type { BindOptions } from '../../../src/core/bind/bind-options.js';
import type { Dataset } from '../../../src/core/table/dataset.js';
import type { RawSource } from '../../../src/core/table/raw-table.js';
import type { ResolvedSet } from '../../../src/core/set/resolved-set.js';
import { exampleSet } from '../../helpers/fake-set.js';
import { NO_OPTIONS } from './raw-source-builder.js';

/** Binds with the example set and options merged over "nothing given". */
export function bind(
  source: RawSource,
  options: Partial<BindOptions> = {},
  set: ResolvedSet = exampleSet(),
): Dataset {
  return bindSource(source, set, { ...NO_OPTIONS, ...options });
}

/** `CODE@place` for each finding, the way tests assert codes and locations. */
export function codes(dataset: Dataset, severity?: 'error' | 'warning' | 'info'): string[] {
  return dataset.findings
    .filter((finding) => severity === undefined || finding.severity === severity)
    .map((finding) => {
      const place =
        finding.cell ?? (finding.line !== null ? `${finding.line}:${finding.column ?? ''}` : '-');
      return `${finding.code}@${place}`;
    });
}

/** The values of the only entity, as a plain object for toEqual. */
export function valuesOf(dataset: Dataset, index = 0): Record<string, unknown> {
  const entity = dataset.entities[index];
  if (entity === undefined) throw new Error(`no entity ${index}`);
  return Object.fromEntries([...entity.values].map(([code, v]) => [code, v.value]));
}
