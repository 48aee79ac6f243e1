import type { SetPath } from './set-issue.js';

/** The value at a path in parsed YAML, or undefined; own properties only, so keys like `__proto__` are inert. */
export function setValueAt(root: unknown, path: SetPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (
      node !== null &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      Object.hasOwn(node, segment)
    ) {
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return node;
}
