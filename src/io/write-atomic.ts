/**
 * Writes a file atomically: a temporary file in the target directory, then a rename. On any
 * failure the temporary file is removed and an existing file at `path` is left intact.
 */
export async function writeAtomic(_path: string, _data: Uint8Array | string): Promise<void> {
  throw new Error('writeAtomic: not implemented yet');
}
