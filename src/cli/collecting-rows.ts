import type { RawRowStream, RawSource } from '../core/table/raw-table.js';
import { collectGarbage } from './collect-garbage.js';

/** Batches (of 2,000 rows) between full collections: 40,000 rows. */
const BATCHES_PER_COLLECTION = 20;

/**
 * A streamed source whose rows are followed, every few batches, by a full garbage collection.
 * `validate` keeps almost nothing of a large file, but each batch's rows can outlive a young
 * collection and then wait in the old generation for a full one, which V8 puts off while the heap
 * limit is far: 100,000 × 50 peaked at ~225 MB or at ~400 MB from one run to the next, by when
 * that collection came. Collecting every 40,000 rows (a few ms each, the live heap being small)
 * makes the peak that of the live data. Not for `score`, whose live heap grows with every row.
 */
export function collectingRows(source: RawSource): RawSource {
  const sheet = source.sheets.length === 1 ? source.sheets[0]! : undefined;
  const rest = sheet?.rest;
  if (sheet === undefined || rest === undefined) return source;
  const collecting: RawRowStream = {
    *batches() {
      let count = 0;
      for (const batch of rest.batches()) {
        yield batch;
        if (++count % BATCHES_PER_COLLECTION === 0) collectGarbage();
      }
    },
    findings: () => rest.findings(),
  };
  return { ...source, sheets: [{ ...sheet, rest: collecting }] };
}
