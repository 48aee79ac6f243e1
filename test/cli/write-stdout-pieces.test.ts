import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { writeStdoutPieces } from '../../src/cli/write-stdout-pieces.js';

function fakeContext(turns: boolean): {
  ctx: CliContext;
  batches: Buffer[];
  awaited: () => number;
} {
  const batches: Buffer[] = [];
  let awaited = 0;
  const ctx = {
    stdoutBytes: (bytes: Uint8Array) => {
      batches.push(Buffer.from(bytes));
      if (!turns) return undefined;
      return Promise.resolve().then(() => {
        awaited++;
      });
    },
  } as unknown as CliContext;
  return { ctx, batches, awaited: () => awaited };
}

describe('writeStdoutPieces', () => {
  const pieces = Array.from(
    { length: 5000 },
    (_, k) => `{"n": ${k}, "label": "Phường ${k} 😀"},\n`,
  );
  const text = pieces.join('');

  it('writes the pieces as UTF-8 in batches of at most 64 KB', async () => {
    const { ctx, batches } = fakeContext(false);
    await writeStdoutPieces(ctx, pieces);
    expect(Buffer.concat(batches).toString('utf8')).toBe(text);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(1 << 16);
  });

  it('waits for each turn the context asks for before the next batch', async () => {
    const { ctx, batches, awaited } = fakeContext(true);
    await writeStdoutPieces(ctx, pieces);
    expect(Buffer.concat(batches).toString('utf8')).toBe(text);
    expect(awaited()).toBe(batches.length);
  });
});
