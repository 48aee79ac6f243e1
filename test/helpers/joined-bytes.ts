/**
 * A writer of a file in pieces (the workbook writers give the zip's parts unjoined) as one that
 * gives the whole file's bytes, as a reader of the file sees them.
 */
export function joinedBytes<A extends unknown[]>(
  write: (...args: A) => Promise<readonly Uint8Array[]>,
): (...args: A) => Promise<Buffer> {
  return async (...args) => Buffer.concat(await write(...args));
}
