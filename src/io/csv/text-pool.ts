/** Texts up to this long are pooled: numbers, codes and markers ("64,1", "N/A"), not labels. */
const MAX_POOLED_LENGTH = 16;
const MAX_POOLED = 16384;

/**
 * One string object per distinct short text. Data columns repeat a few thousand texts over and
 * over; pooling them means the duplicates die young (the garbage collector copies only what
 * survives) and the binder's per-text memos hit an already-hashed, identical string.
 */
export class TextPool {
  private readonly pool = new Map<string, string>();

  intern(text: string): string {
    if (text.length > MAX_POOLED_LENGTH) return text;
    const known = this.pool.get(text);
    if (known !== undefined) return known;
    if (this.pool.size < MAX_POOLED) this.pool.set(text, text);
    return text;
  }
}
