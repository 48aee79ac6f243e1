import type { Lang } from '../core/findings/finding.js';
import { numberFormat } from '../core/text/number-format.js';
import type { CliContext } from './context.js';

/** Where the line goes: standard error, and whether it is a terminal. */
export interface ProgressStream {
  isTTY: boolean;
  write(text: string): void;
}

/** What a run has done so far (spec §7 "Progress"). */
export interface ProgressState {
  /** Files read so far, and how many there are. */
  read: number;
  files: number;
  /** Entities read (while reading) or scored (once scoring is done). */
  entities: number;
  phase: 'reading' | 'scoring' | 'writing';
  /** While writing: reports written so far and how many there are. */
  written?: number;
  reports?: number;
}

export interface ProgressLine {
  /** Shows the state, unless the last line was shown less than 100 ms ago or the run is small. */
  update(state: ProgressState): void;
  /** Erases the line if one is shown; the next update may show it again. */
  clear(): void;
  /**
   * The context with stdout and stderr that erase the line before writing, so a finding or the
   * result never lands on the end of a progress line.
   */
  guard(ctx: CliContext): CliContext;
}

/** At most ten updates a second (spec §7): enough to look alive, cheap on a slow terminal. */
const MIN_INTERVAL_MS = 100;
/** Files or entities above which a run is worth a progress line (spec §7). */
const MANY_ENTITIES = 1000;
const ERASE = '\r\x1b[K';

/**
 * The progress line of a long run on a terminal (spec §7): one line on stderr, rewritten in place
 * (carriage return + "erase to end of line", which every terminal and Windows 10+ console
 * understands), at most ten times a second, erased at the end. Nothing at all when the stream is
 * not a terminal or `enabled` is false (`--quiet`), so logs and pipes stay clean; nothing for a
 * run of one file with at most 1,000 entities. Written here in a few lines rather than taken from
 * a library: see docs/decisions.md.
 */
export function progressLine(
  stream: ProgressStream,
  options: { lang: Lang; enabled: boolean; now: () => number },
): ProgressLine {
  const on = options.enabled && stream.isTTY;
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  const clear = (): void => {
    if (!shown) return;
    shown = false;
    stream.write(ERASE);
  };
  return {
    update(state) {
      if (!on || (state.files <= 1 && state.entities <= MANY_ENTITIES)) return;
      const now = options.now();
      if (now - last < MIN_INTERVAL_MS) return;
      last = now;
      shown = true;
      stream.write(ERASE + progressText(state, options.lang));
    },
    clear,
    guard(ctx) {
      if (!on) return ctx;
      return {
        ...ctx,
        stdout: (text) => {
          clear();
          ctx.stdout(text);
        },
        stderr: (text) => {
          clear();
          ctx.stderr(text);
        },
      };
    },
  };
}

/**
 * "Đã đọc 12/34 tệp · 340 đơn vị", then "… · đang chấm 1.200 đơn vị", then "… · đã chấm 1.200 đơn
 * vị · đang ghi báo cáo 3/35" — short enough for 80 columns, so erasing one line erases it all.
 */
export function progressText(state: ProgressState, lang: Lang): string {
  const n = (value: number) => numberFormat(lang).number(value, 0);
  const vi = lang === 'vi';
  const parts = [
    vi ? `Đã đọc ${state.read}/${state.files} tệp` : `Read ${state.read}/${state.files} files`,
  ];
  const entities = n(state.entities);
  if (state.phase === 'reading') {
    parts.push(vi ? `${entities} đơn vị` : `${entities} entities`);
  } else if (state.phase === 'scoring') {
    parts.push(vi ? `đang chấm ${entities} đơn vị` : `scoring ${entities} entities`);
  } else {
    parts.push(vi ? `đã chấm ${entities} đơn vị` : `${entities} entities scored`);
    const of =
      state.reports === undefined || state.reports <= 1
        ? ''
        : ` ${state.written ?? 0}/${state.reports}`;
    parts.push(vi ? `đang ghi báo cáo${of}` : `writing reports${of}`);
  }
  return `${parts.join(' · ')}…`;
}
