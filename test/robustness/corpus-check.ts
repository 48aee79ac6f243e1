import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Transcript } from '../helpers/run-cli.js';
import type { ExpectedFinding } from './build-corpus.js';

/** What a run printed, as findings: validate's JSON on stdout, or `file:line:col  sev CODE` lines. */
export interface SeenFinding {
  code: string;
  cell?: string | null;
  line?: number | null;
  row?: number | null;
  column?: string | number | null;
  value?: string | null;
  message?: string;
}

export function findingsOf(t: Transcript): SeenFinding[] {
  const out: SeenFinding[] = [];
  if (t.stdout.trimStart().startsWith('{')) {
    const parsed = JSON.parse(t.stdout) as { findings?: SeenFinding[] };
    out.push(...(parsed.findings ?? []));
  }
  // Text findings (stderr of score / indicators check): `file:12:5  error CODE  message`
  // or `file › Sheet!B2  error CODE  message`.
  for (const line of t.stderr.split('\n')) {
    const m =
      /^(.*?)(?::(\d+)(?::(\d+))?)?(?: › (?:.*!)?([A-Z]+\d+))?\s+(?:error|warning|info)\s+([A-Z][A-Z0-9_]+)\b/.exec(
        line,
      );
    if (m === null) continue;
    out.push({
      code: m[5]!,
      line: m[2] === undefined ? null : Number(m[2]),
      column: m[3] === undefined ? null : Number(m[3]),
      cell: m[4] ?? null,
    });
  }
  return out;
}

function matches(seen: SeenFinding, want: ExpectedFinding): boolean {
  if (seen.code !== want.code) return false;
  if (want.cell !== undefined && seen.cell !== want.cell) return false;
  if (want.line !== undefined && seen.line !== want.line) return false;
  if (want.row !== undefined && seen.row !== want.row) return false;
  if (want.column !== undefined && seen.column !== want.column) return false;
  if (want.value !== undefined && !String(seen.value ?? '').includes(want.value)) return false;
  if (want.message !== undefined && !String(seen.message ?? '').includes(want.message))
    return false;
  return true;
}

/** Every expected finding is among the seen ones (a readable diff when not). */
export function expectFindings(seen: SeenFinding[], wanted: readonly ExpectedFinding[]): void {
  for (const want of wanted) {
    expect(
      seen.some((s) => matches(s, want)),
      `expected ${JSON.stringify(want)} among ${JSON.stringify(seen)}`,
    ).toBe(true);
  }
}

/** No stack trace, no internal error, no [object Object] in what the tool printed. */
export function expectClean(t: Transcript): void {
  const all = `${t.stdout}\n${t.stderr}`;
  expect(all, 'a stack trace').not.toMatch(/\n\s+at /);
  expect(all).not.toMatch(/internal error|lỗi nội bộ/);
  expect(all).not.toContain('[object Object]');
  expect(t.exitCode).not.toBe(3);
}

export async function hashFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const bytes = await readFile(join(dir, name)).catch(() => null);
    if (bytes !== null) out.set(name, createHash('sha256').update(bytes).digest('hex'));
  }
  return out;
}

/** Temp files an atomic write could leave: `.name.xxxx.tmp` or `*.tmp`. */
export async function tempFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

/** The own property names of Object.prototype, to detect pollution after a run. */
export function prototypeSnapshot(): string {
  return [
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
  ]
    .sort()
    .join(',');
}
