import { CappedText } from '../files/cell-text-limit.js';
import type { ReadBudget } from './read-budget.js';
import { readXmlPart } from './xml-part.js';

/** The shared-string table, each text at most CELL_TEXT_MAX characters. */
export interface SharedStrings {
  texts: string[];
  /** Lengths as written of the texts that were cut, by index (cells report them). */
  cut: Map<number, number>;
}

/**
 * The shared-string table: each `<si>` as the text a person sees — its `<t>`, or its rich-text
 * runs' `<t>` joined (a plain `<t>` followed by runs, as Lark/Feishu write, keeps both), never
 * the phonetic guides of `<rPh>`. NFC, once per string rather than once per cell. A text longer
 * than a cell can hold is cut as it is gathered, so the table never holds it whole.
 */
export function readSharedStrings(part: string, bytes: Buffer, budget: ReadBudget): SharedStrings {
  const texts: string[] = [];
  const cut = new Map<number, number>();
  const text = new CappedText();
  let inString = false;
  let inText = 0;
  let inPhonetic = 0;
  readXmlPart(
    part,
    bytes,
    {
      open(name) {
        if (name === 'si') {
          inString = true;
          text.reset();
        } else if (name === 't') inText += 1;
        else if (name === 'rPh') inPhonetic += 1;
      },
      close(name) {
        if (name === 'si' && inString) {
          if (text.cut) cut.set(texts.length, text.length);
          texts.push(text.text.normalize('NFC'));
          inString = false;
        } else if (name === 't') inText -= 1;
        else if (name === 'rPh') inPhonetic -= 1;
      },
      text(chunk) {
        if (inString && inText > 0 && inPhonetic === 0) text.add(chunk);
      },
    },
    budget,
  );
  return { texts, cut };
}
