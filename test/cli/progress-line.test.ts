import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { progressLine, progressText, type ProgressState } from '../../src/cli/progress-line.js';

/** A fake stderr: what was written, whether it is a terminal, and a clock the test moves. */
function fake(isTTY: boolean, options: { enabled?: boolean } = {}) {
  const writes: string[] = [];
  let time = 1000;
  const line = progressLine(
    { isTTY, write: (text) => void writes.push(text) },
    { lang: 'en', enabled: options.enabled ?? true, now: () => time },
  );
  return {
    line,
    writes,
    advance: (ms: number) => void (time += ms),
  };
}

const reading = (read: number, files = 34, entities = read): ProgressState => ({
  read,
  files,
  entities,
  phase: 'reading',
});

const ERASE = '\r\x1b[K';

describe('progressLine (spec §7 "Progress")', () => {
  it('on a terminal, shows one line rewritten in place and erases it at the end', () => {
    const { line, writes, advance } = fake(true);
    line.update(reading(1));
    advance(150);
    line.update(reading(2));
    line.clear();
    expect(writes).toEqual([
      `${ERASE}Read 1/34 files · 1 entities…`,
      `${ERASE}Read 2/34 files · 2 entities…`,
      ERASE,
    ]);
    expect(writes.join('')).not.toContain('\n');
  });

  it('updates at most ten times a second', () => {
    const { line, writes, advance } = fake(true);
    for (let i = 1; i <= 34; i++) {
      line.update(reading(i));
      advance(10);
    }
    // 340 ms of updates every 10 ms: shown at 0, 100, 200 and 300 ms.
    expect(writes).toHaveLength(4);
    expect(writes.map((w) => /Read (\d+)\//.exec(w)?.[1])).toEqual(['1', '11', '21', '31']);
  });

  it('never writes anything when the stream is not a terminal, or with --quiet', () => {
    for (const f of [fake(false), fake(true, { enabled: false })]) {
      f.line.update(reading(1));
      f.advance(1000);
      f.line.update({ ...reading(34), phase: 'writing', written: 1, reports: 35 });
      f.line.clear();
      expect(f.writes).toEqual([]);
    }
  });

  it('stays silent for one file of at most 1,000 entities, and shows for more', () => {
    const { line, writes, advance } = fake(true);
    line.update(reading(1, 1, 1000));
    line.clear();
    expect(writes).toEqual([]);
    advance(200);
    line.update({ read: 1, files: 1, entities: 1001, phase: 'scoring' });
    expect(writes).toEqual([`${ERASE}Read 1/1 files · scoring 1001 entities…`]);
  });

  it('erasing twice writes once; nothing shown, nothing erased', () => {
    const { line, writes } = fake(true);
    line.clear();
    line.update(reading(3));
    line.clear();
    line.clear();
    expect(writes).toEqual([`${ERASE}Read 3/34 files · 3 entities…`, ERASE]);
  });

  it('guard: other output erases the line first, so nothing is written after it', () => {
    const out: string[] = [];
    const ctx = {
      stdout: (text: string) => void out.push(`out:${text}`),
      stderr: (text: string) => void out.push(`err:${text}`),
    } as CliContext;
    const line = progressLine(
      { isTTY: true, write: (text) => void out.push(`err:${text}`) },
      { lang: 'en', enabled: true, now: () => 0 },
    );
    const guarded = line.guard(ctx);
    line.update(reading(5));
    guarded.stderr('finding\n');
    guarded.stdout('table\n');
    expect(out).toEqual([
      `err:${ERASE}Read 5/34 files · 5 entities…`,
      `err:${ERASE}`,
      'err:finding\n',
      'out:table\n',
    ]);
  });

  it('says what the run does in either language, short enough for 80 columns', () => {
    const writing: ProgressState = {
      read: 34,
      files: 34,
      entities: 1200,
      phase: 'writing',
      written: 3,
      reports: 35,
    };
    expect(progressText(writing, 'vi')).toBe(
      'Đã đọc 34/34 tệp · đã chấm 1.200 đơn vị · đang ghi báo cáo 3/35…',
    );
    expect(progressText(writing, 'en')).toBe(
      'Read 34/34 files · 1200 entities scored · writing reports 3/35…',
    );
    expect(progressText({ ...writing, reports: 1 }, 'en')).toMatch(/writing reports…$/);
    expect(progressText(writing, 'vi').length).toBeLessThan(80);
  });
});
