import { describe, expect, it } from 'vitest';
import { stdoutInBatches } from '../../src/cli/stdout-in-batches.js';

describe('stdoutInBatches', () => {
  it('writes the pieces in order as UTF-8, each batch whole characters, about a megabyte each', () => {
    // Vietnamese text (2–3 bytes a letter), astral characters, and one piece over a batch.
    const pieces: string[] = [];
    for (let i = 0; i < 20_000; i++) pieces.push(`{"label": "Xã số ${i} 🏙"},\n`);
    pieces.push('Đ'.repeat(600_000));
    pieces.push('cuối');
    const batches: Buffer[] = [];
    stdoutInBatches((bytes) => batches.push(Buffer.from(bytes)), pieces);
    expect(Buffer.concat(batches).toString('utf8')).toBe(pieces.join(''));
    // Every batch decodes on its own: no character is cut between two writes.
    for (const batch of batches) expect(batch.toString('utf8')).not.toContain('\uFFFD');
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.length).toBeLessThan(10);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(1 << 21);
  });

  it('writes nothing for no pieces', () => {
    const batches: Uint8Array[] = [];
    stdoutInBatches((bytes) => batches.push(bytes), []);
    expect(batches).toEqual([]);
  });
});
