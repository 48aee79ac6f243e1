import { describe, expect, it } from 'vitest';
import { pipeTurn } from '../../src/cli/pipe-turn.js';

describe('pipeTurn', () => {
  it('gives nothing when the stream took every byte (a file, a terminal)', () => {
    expect(pipeTurn({ writableLength: 0 })).toBeUndefined();
  });

  it('gives a turn of the event loop when bytes are still queued (a pipe)', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('immediate queued before'));
    const turn = pipeTurn({ writableLength: 65_536 });
    expect(turn).toBeInstanceOf(Promise);
    await turn;
    order.push('after the turn');
    expect(order).toEqual(['immediate queued before', 'after the turn']);
  });
});
