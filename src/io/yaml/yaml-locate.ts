import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { SetPath } from '../../core/set/set-issue.js';

export interface YamlPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * Where a path into the parsed data is in the YAML text. A path whose key is absent (a missing
 * required key) points at the mapping that should hold it; `at: 'key'` points at a key itself
 * (an unknown key) instead of its value.
 */
export function yamlLocate(
  doc: Document,
  lineCounter: LineCounter,
  path: SetPath,
  at: 'key' | 'value' = 'value',
): YamlPosition {
  const position = (offset: number): YamlPosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return position(offset);
      const keyStart = rangeStart(pair.key) ?? offset;
      if (last && at === 'key') return position(keyStart);
      const valueStart = rangeStart(pair.value);
      // `key:` with nothing after it has no value node: the key is the place to look at.
      if (valueStart === null) return position(keyStart);
      node = pair.value;
      offset = valueStart;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      const start = rangeStart(item);
      if (start === null) return position(offset);
      node = item;
      offset = start;
    } else {
      return position(offset);
    }
  }
  return position(offset);
}

function rangeStart(node: unknown): number | null {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: unknown }).range;
    if (Array.isArray(range) && typeof range[0] === 'number') return range[0];
  }
  return null;
}
