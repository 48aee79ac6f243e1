import type { ReadBudget } from './read-budget.js';
import { readXmlPart } from './xml-part.js';

/**
 * The shared-string table: each `<si>` as the text a person sees — its `<t>`, or its rich-text
 * runs' `<t>` joined (a plain `<t>` followed by runs, as Lark/Feishu write, keeps both), never
 * the phonetic guides of `<rPh>`. NFC, once per string rather than once per cell.
 */
export function readSharedStrings(part: string, bytes: Buffer, budget: ReadBudget): string[] {
  const strings: string[] = [];
  let text: string[] | null = null;
  let inText = 0;
  let inPhonetic = 0;
  readXmlPart(
    part,
    bytes,
    {
      open(name) {
        if (name === 'si') text = [];
        else if (name === 't') inText += 1;
        else if (name === 'rPh') inPhonetic += 1;
      },
      close(name) {
        if (name === 'si' && text !== null) {
          strings.push(text.join('').normalize('NFC'));
          text = null;
        } else if (name === 't') inText -= 1;
        else if (name === 'rPh') inPhonetic -= 1;
      },
      text(chunk) {
        if (text !== null && inText > 0 && inPhonetic === 0) text.push(chunk);
      },
    },
    budget,
  );
  return strings;
}
