/** The code of a file-system error (EACCES, EIO…), or its text when it has none. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException | null)?.code ?? String(e);
}
