import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import type { CatalogFromSource } from '../load/read-catalog-source.js';

/** The catalog a `<source>` argument names (`catalog update`, `init --catalog`), or why it cannot be used (exit 2). */
export async function requireCatalogSource(source: string, cwd: string): Promise<CatalogFromSource> {
  const { readCatalogSource } = await import('../load/read-catalog-source.js');
  const read = await readCatalogSource(source, cwd);
  if (read.ok) return read.value;
  if (read.problem === 'failed') throw new CannotRunError('catalog.source.failed', { source, reason: read.reason, detail: read.detail });
  if (read.problem === 'no-git') throw new CannotRunError('catalog.source.no-git');
  throw new CannotRunError(read.problem === 'packet' ? 'catalog.source.packet' : 'catalog.source.unknown', { source });
}
