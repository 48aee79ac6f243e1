import type { Lang } from '../core/findings/finding.js';
import type { CliContext } from './context.js';
import { reportDate } from './report-date.js';
import { toolVersion } from './tool-version.js';

/** What every written report says of itself: its language, the tool, its inputs, its date. */
export interface ReportMeta {
  lang: Lang;
  toolVersion: string;
  /** Each input file by name and SHA-256, as the method sheet and the HTML footer list them. */
  inputs: { file: string; sha256: string }[];
  date: Date;
}

export function reportMeta(
  ctx: CliContext,
  lang: Lang,
  sources: readonly { file: string; sha256: string }[],
): ReportMeta {
  return {
    lang,
    toolVersion: toolVersion(),
    inputs: sources.map(({ file, sha256 }) => ({ file, sha256 })),
    date: reportDate(ctx),
  };
}
