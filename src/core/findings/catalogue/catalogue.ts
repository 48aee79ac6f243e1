import type { FindingCode } from '../finding-args.js';
import type { CatalogueEntry } from './entry.js';
import { setCodes } from './set-codes.js';
import { fileCodes } from './file-codes.js';
import { xlsxReadCodes } from './xlsx-read-codes.js';
import { dataCodes } from './data-codes.js';
import { valueCodes } from './value-codes.js';
import { provinceCodes } from './province-codes.js';
import { scoreCodes } from './score-codes.js';
import { runCodes } from './run-codes.js';
import { sensitivityCodes } from './sensitivity-codes.js';
import { setCompileCodes } from './set-compile-codes.js';
import { ciCodes } from './ci-codes.js';
import { configCodes } from './config-codes.js';
import { usageCodes } from './usage-codes.js';
import { batchCodes } from './batch-codes.js';
import { compareCodes } from './compare-codes.js';

/** Every finding code the tool can emit, by stage. Codes are stable: never rename one. */
export const catalogue = {
  ...setCodes,
  ...fileCodes,
  ...xlsxReadCodes,
  ...dataCodes,
  ...valueCodes,
  ...provinceCodes,
  ...scoreCodes,
  ...batchCodes,
  ...runCodes,
  ...sensitivityCodes,
  ...setCompileCodes,
  ...ciCodes,
  ...configCodes,
  ...usageCodes,
  ...compareCodes,
} as const;

export function catalogueEntry(code: FindingCode): CatalogueEntry {
  return catalogue[code];
}
