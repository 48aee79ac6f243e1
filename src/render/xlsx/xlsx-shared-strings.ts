import { inlineText, NS_MAIN, XML_DECL } from './xlsx-xml-text.js';

/**
 * Text cells refer to one table of distinct strings: most texts repeat (an entity's label on
 * every one of its gap rows, indicator and band names), so this halves the XML to build and
 * deflate compared with inline strings. Indexes are given in first-use order.
 */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private count = 0;

  index(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    this.count += 1;
    return id;
  }

  /** Counts one more use of an index given out before (a text the caller saw just now). */
  again(id: number): number {
    this.count += 1;
    return id;
  }

  /** The text of an index given out before. */
  text(id: number): string {
    return this.texts[id] ?? '';
  }

  xml(): string {
    const parts = [
      XML_DECL,
      `<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.ids.size}">`,
    ];
    for (const text of this.ids.keys()) parts.push(`<si>${inlineText(text).slice(4, -5)}</si>`);
    parts.push('</sst>');
    return parts.join('');
  }
}
