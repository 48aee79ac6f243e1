import { writeRows, type SheetSpec } from '../workbook/workbook-sheet.js';
import {
  sheetHead,
  sheetTail,
  type SheetFrame,
  type SheetSurroundings,
} from './xlsx-sheet-frame.js';
import { SheetRows } from './xlsx-sheet-rows.js';
import type { WorkbookTables } from './xlsx-workbook-tables.js';
import { XmlBytes, type BlockSink } from './xml-bytes.js';

/** Lets zlib's completions run so deflating keeps pace on its own thread. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A worksheet's XML, built straight from its rows and handed to `sink` in blocks as they fill,
 * each with a `release` the sink calls once it has read the block (XmlBytes then reuses it).
 * Texts and looks go into the workbook's `tables` in the order the cells come, so a workbook's
 * sheets written one after another number them the same every time.
 *
 * The rows are a generator that pauses after a row or an entity's rows: after a block has gone
 * to the sink the writer waits there — for the sink's backlog when it has one (a deflater
 * behind), else for one turn of the event loop, so zlib deflates on its own thread meanwhile.
 */
export async function xlsxSheetBytes(
  spec: SheetSpec,
  frame: SheetFrame,
  tables: WorkbookTables,
  around: SheetSurroundings,
  sink: BlockSink,
  /** The size of a block, and blocks released before (by an earlier sheet) to reuse. */
  blocks: { size?: number; free?: Uint8Array[] } = {},
): Promise<void> {
  const xml = new XmlBytes(sink, blocks.size, blocks.free);
  xml.utf8(sheetHead(spec, around.selected, frame.widths));
  const steps = writeRows(spec, new SheetRows(spec, frame.widths, tables, xml));
  let flushes = xml.flushes;
  while (steps.next().done !== true) {
    if (xml.flushes === flushes) continue;
    flushes = xml.flushes;
    await (xml.takeBacklog() ?? yieldToEventLoop());
  }
  xml.utf8(sheetTail(spec, tables.styles, around, frame.print));
  xml.close();
  await xml.takeBacklog();
}
