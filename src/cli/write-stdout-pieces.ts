import { utf8Batches } from '../io/files/utf8-batches.js';
import type { CliContext } from './context.js';

/**
 * The size of a batch of a large output on stdout: the 64 KB a Linux pipe holds, so each turn
 * of the event loop taken while the pipe drains (pipe-turn.ts) has about one batch to hand over.
 * Larger batches queued more than a turn can write; smaller ones took more turns.
 */
const STDOUT_BATCH = 1 << 16;

/** Text given in pieces (a large JSON report) to stdout as UTF-8, batch by batch. */
export async function writeStdoutPieces(ctx: CliContext, pieces: Iterable<string>): Promise<void> {
  for (const bytes of utf8Batches(pieces, STDOUT_BATCH)) await ctx.stdoutBytes(bytes);
}
