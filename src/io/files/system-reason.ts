/**
 * Why a file operation failed, in words that need no translation: the system's error code
 * (`ENOENT`, `EACCES`, `ENOSPC` …) rather than Node's English sentence, so a message in either
 * language can carry it.
 */
export function systemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : 'EIO';
}
