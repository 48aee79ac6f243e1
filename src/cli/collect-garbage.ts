import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full garbage collection, now. `score -o` lets 100,000 entities' bound values (~800 MB when
 * this was written; ~65 MB since values are shared, docs/performance.md) go before rendering, but
 * V8 collects the old generation only when it fills up again, so the workbook's cells were
 * allocated on top of the dead values: 1.6 GB peak instead of 1.2 GB.
 * `gc` exists only in a context made while --expose-gc is set, so the flag is set for the
 * moment it takes to make one (the way jest-leak-detector does it) and cleared again; the
 * program's own global never gets `gc`.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  try {
    (runInNewContext('gc') as () => void)();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
