/** Deepest flow nesting (`[` `{`) accepted; a real set needs two or three. */
const MAX_FLOW_DEPTH = 64;
/** Widest indentation (spaces and `- ` markers) accepted; a real set stays under 40. */
const MAX_INDENT = 256;

/** Characters after which a quote or bracket starts a value (not inside a plain word). */
const STARTS_VALUE = /[\s:,[{\-?]/;

export interface PrescanProblem {
  /** Offset in the text where the limit was crossed. */
  offset: number;
  limit: number;
}

/**
 * A cheap scan for nesting that no indicator set needs, run before the YAML parser sees the text.
 * Why not rely on the parser's own guard: yaml 2.9 turns a stack overflow into a
 * RESOURCE_EXHAUSTION error, but a *second* deep parse in the same process then aborts Node with a
 * fatal out-of-memory in V8's regexp compiler (observed on Node 20), which no try/catch can stop.
 * So deep input must never reach the parser at all.
 */
export function yamlPrescan(text: string): PrescanProblem | null {
  let flowDepth = 0;
  let quote: '"' | "'" | null = null;
  let atLineStart = true;
  let column = 0;
  let previous = '\n';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      atLineStart = true;
      column = 0;
      previous = ch;
      continue;
    }
    if (atLineStart) {
      // Indentation plus compact `- - -` / `? ` markers: each one is a level of block nesting.
      if (
        ch === ' ' ||
        ((ch === '-' || ch === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t'))
      ) {
        column++;
        if (column > MAX_INDENT) return { offset: i, limit: MAX_INDENT };
        previous = ch;
        continue;
      }
      atLineStart = false;
    }
    if (quote !== null) {
      if (quote === '"' && ch === '\\') i++;
      else if (ch === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = null;
      }
      previous = ch;
      continue;
    }
    if (ch === '#' && (previous === ' ' || previous === '\t' || previous === '\n')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    // Whether `previous` lets a value start here is only asked at quotes and brackets: a regex
    // test on every character was most of this scan's cost.
    if (ch === '"' || ch === "'") {
      if (STARTS_VALUE.test(previous)) quote = ch;
    } else if (ch === '[' || ch === '{') {
      if (flowDepth > 0 || STARTS_VALUE.test(previous)) {
        flowDepth++;
        if (flowDepth > MAX_FLOW_DEPTH) return { offset: i, limit: MAX_FLOW_DEPTH };
      }
    } else if ((ch === ']' || ch === '}') && flowDepth > 0) flowDepth--;
    previous = ch;
  }
  return null;
}
