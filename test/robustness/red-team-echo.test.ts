import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCell, longRows, numberCell, ooxml, ooxmlParts } from '../helpers/corpus-ooxml.js';
import { deflateGenerated } from '../helpers/corpus-zip.js';
import { writeZip } from '../helpers/zip-writer.js';
import { ensureBuilt, runBin } from '../helpers/run-bin.js';
import { SET_FILE, setText } from './build-corpus.js';

/**
 * Issue 17 item 8: a finding echoed a cell's text whole — a 50 MB cell wrote 52 MB to stderr
 * (105 MB with `--format json`) and made a 157 MB CSV report at 1.41 GB. Findings now echo at
 * most ECHO_MAX_CHARS characters and the full length, and cell text is cut at read time to
 * Excel's 32,767 characters with DATA_CELL_TOO_LONG at the cell. Built binary, child process:
 * exit code, findings, output size, time and memory.
 */
const MB = 1024 * 1024;
const CELL_MAX = 32_767;
let dir: string;
let huge: string;

/** `length` pseudo-random digits (a repeated character would be refused as a zip bomb). */
function digits(length: number, seed: number): string {
  let state = seed;
  const bytes = Buffer.alloc(length, 0x30).map((d) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return d + ((state >>> 16) % 10);
  });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** What DATA_CELL_TOO_LONG says (in English) of a cell of `length` characters. */
function cutMessage(length: number): string {
  return `holds ${length} characters, more than the ${CELL_MAX} an Excel cell can hold; only the first ${CELL_MAX} were read (${length - CELL_MAX} cut)`;
}

interface Validated {
  findings: {
    code: string;
    cell: string | null;
    line: number | null;
    args: Record<string, number>;
  }[];
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'smartcity-echo-'));
  await writeFile(join(dir, SET_FILE), await setText());
  huge = `7${digits(8 * MB, 17)}x`;
  const rows = longRows([
    ['HT.01', inlineCell('B2', huge)],
    ['HT.02', inlineCell('B3', 'Có')],
    ['DV.01', numberCell('B4', 20)],
    ['DV.02', numberCell('B5', 8)],
  ]);
  await writeFile(join(dir, 'big-cell.xlsx'), ooxml({ sheet: rows }));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cell text echoed in findings (issue 17 item 8), built binary', () => {
  it('RT8a: an 8 MB cell of text is cut to 32,767 characters and echoed as its first 200', async () => {
    for (const format of ['text', 'json'] as const) {
      const run = await runBin(
        ['validate', '--set', SET_FILE, '--lang', 'en', '--format', format, 'big-cell.xlsx'],
        dir,
      );
      expect(run.signal).toBeNull();
      expect(run.code, run.stderr).toBe(1);
      const out = `${run.stdout}${run.stderr}`;
      expect(out.length, 'output size').toBeLessThan(20_000);
      // The value went no further than the reader's cut: 32,767 characters.
      expect(out).toContain(`${huge.slice(0, 200)}… (${CELL_MAX} characters)`);
      expect(out).not.toContain(huge.slice(0, 201));
      if (format === 'json') {
        const report = JSON.parse(run.stdout) as Validated;
        expect(report.findings).toContainEqual(
          expect.objectContaining({ code: 'DATA_NOT_A_NUMBER', cell: 'B2' }),
        );
        expect(report.findings).toContainEqual(
          expect.objectContaining({
            code: 'DATA_CELL_TOO_LONG',
            cell: 'B2',
            message: expect.stringContaining(cutMessage(huge.length)),
          }),
        );
      } else {
        expect(out).toContain(`The cell holds ${huge.length} characters`);
      }
      expect(run.ms, 'wall time').toBeLessThan(15_000);
      expect(run.peakMb, 'peak memory (MB)').toBeLessThan(700);
    }
  }, 60_000);

  it('RT8b: a 50 MB shared string is cut as it is read: DATA_CELL_TOO_LONG, under 700 MB', async () => {
    const cell = 50 * MB;
    const shared = await deflateGenerated(
      (function* () {
        yield '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>HT.01</t></si><si><t>';
        for (let i = 0; i < cell / MB; i++) yield digits(MB, i + 1);
        yield '</t></si></sst>';
      })(),
      1,
    );
    const parts = ooxmlParts({
      sheet: longRows([
        ['HT.01', '<c r="B2" t="s"><v>1</v></c>'],
        ['HT.02', inlineCell('B3', 'Có')],
        ['DV.01', numberCell('B4', 20)],
        ['DV.02', numberCell('B5', 8)],
      ]),
    });
    parts.delete('xl/sharedStrings.xml');
    await writeFile(
      join(dir, 'big-shared.xlsx'),
      writeZip([
        ...[...parts].map(([name, data]) => ({ name, data })),
        { name: 'xl/sharedStrings.xml', compressed: shared },
      ]),
    );
    const run = await runBin(
      ['validate', '--set', SET_FILE, '--lang', 'en', '--format', 'json', 'big-shared.xlsx'],
      dir,
    );
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout.length, 'output size').toBeLessThan(20_000);
    const report = JSON.parse(run.stdout) as Validated;
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'DATA_CELL_TOO_LONG',
        cell: 'B2',
        message: expect.stringContaining(cutMessage(cell)),
      }),
    );
    expect(run.ms, 'wall time').toBeLessThan(15_000);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(700);
  }, 90_000);

  it('RT8c: a 900 KB field deep in a streamed 10 MB CSV is cut at its line, under 1 GB', async () => {
    // 300 entities with 30,000-character notes (under the cap) make the file large enough to
    // be streamed; the long field sits past the head, so the streamed reader cuts it.
    const note = 'ghi chú '.repeat(3750);
    const rows = ['Xã/Phường,HT.01,DV.01,Ghi chú'];
    for (let i = 1; i <= 300; i++) rows.push(`Xã ${i},${i % 100},${i % 37},${note}`);
    const at = 251; // the line of the long field
    rows.splice(at - 1, 0, `Xã dài,50,5,${digits(900 * 1024, 5)}`);
    const text = `${rows.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(8 * MB); // streamed, not read whole
    await writeFile(join(dir, 'long-field.csv'), text);
    const run = await runBin(
      ['validate', '--set', SET_FILE, '--lang', 'en', '--format', 'json', 'long-field.csv'],
      dir,
    );
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr.slice(0, 2000)).toBe(1);
    expect(run.stdout.length + run.stderr.length, 'output size').toBeLessThan(200_000);
    const report = JSON.parse(run.stdout) as Validated;
    expect(report.findings.filter((f) => f.code === 'DATA_CELL_TOO_LONG')).toEqual([
      expect.objectContaining({
        line: at,
        message: expect.stringContaining(cutMessage(900 * 1024)),
      }),
    ]);
    expect(run.ms, 'wall time').toBeLessThan(15_000);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(1024);
  }, 90_000);
});
