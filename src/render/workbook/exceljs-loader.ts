import type * as ExcelJsModule from 'exceljs';

/** The ExcelJS namespace (types only; the module itself is loaded on demand). */
export type ExcelJs = typeof ExcelJsModule;

let loaded: ExcelJs | null = null;

/**
 * ExcelJS, imported on first use: it costs a noticeable start-up time, and commands that write no
 * workbook must not pay for it. It is a CommonJS module, so under Node's ESM loader the whole
 * namespace arrives as `default`; bundlers and tsx may hand back the namespace itself. Keeping the
 * import in this one module also makes swapping in a fork a one-file change.
 */
export async function workbookLibrary(): Promise<ExcelJs> {
  if (loaded === null) {
    const module = (await import('exceljs')) as unknown as ExcelJs & { default?: ExcelJs };
    loaded = module.default ?? module;
  }
  return loaded;
}
