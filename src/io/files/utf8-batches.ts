/**
 * Text given in pieces (a large JSON or CSV report, entity by entity) as UTF-8 in batches of at
 * most `size` bytes, each piece encoded straight into the batch's buffer. Joining pieces into
 * megabyte strings first and encoding those was ten times slower (two-byte strings, for
 * Vietnamese text), and a whole report as one string can exceed V8's largest. A new buffer per
 * batch: a pipe may still hold the last one when the next is filled.
 *
 * A piece ending in half of a surrogate pair waits for the other half, so the pair is one
 * character in UTF-8 (encoding the halves apart would write two U+FFFD): every batch is whole
 * characters. A piece too large for one batch is a batch of its own.
 */
export function* utf8Batches(pieces: Iterable<string>, size = 1 << 20): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  let carry = '';
  const full = function* (piece: string): Generator<Uint8Array> {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (used + piece.length * 3 <= size) return;
    if (used > 0) {
      yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(size);
      used = 0;
    }
  };
  for (const next of pieces) {
    let piece = carry === '' ? next : carry + next;
    carry = '';
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      carry = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    yield* full(piece);
    if (piece.length * 3 > size) {
      yield Buffer.from(piece, 'utf8');
      continue;
    }
    used += buffer.write(piece, used, 'utf8');
  }
  if (carry !== '') {
    yield* full(carry);
    used += buffer.write(carry, used, 'utf8');
  }
  if (used > 0) yield buffer.subarray(0, used);
}
