/**
 * Nesting allowed in a parsed set (mappings and lists). A real set needs about 15; the cap keeps
 * recursive validation far from the stack limit whatever the input.
 */
export const MAX_SET_DEPTH = 100;

/**
 * Nesting depth of a parsed set, counted without recursion so a hostile input cannot overflow the
 * stack here; it stops counting once past MAX_SET_DEPTH.
 */
export function setDepth(input: unknown): number {
  let max = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > max) max = depth + 1;
    if (max > MAX_SET_DEPTH) return max;
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return max;
}
