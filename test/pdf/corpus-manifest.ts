import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the 58 real-world PDFs (copied unchanged from /work/shared/corpus/pdf). */
export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus-pdf/', import.meta.url));

export interface ManifestRow {
  file: string;
  qpdfCheck: 'ok' | 'warnings' | 'encrypted' | 'error';
  /** pdfinfo's page count, null when pdfinfo failed */
  pdfinfoPages: number | null;
  encrypted: 'yes' | 'no' | 'unknown';
  category: string;
}

export function readManifest(): ManifestRow[] {
  const [header, ...lines] = readFileSync(CORPUS_DIR + 'MANIFEST.tsv', 'utf8')
    .trim()
    .split('\n');
  const cols = header!.split('\t');
  const col = (cells: string[], name: string): string => cells[cols.indexOf(name)] ?? '';
  return lines.map((line) => {
    const cells = line.split('\t');
    const pages = col(cells, 'pdfinfo_pages');
    return {
      file: col(cells, 'file'),
      qpdfCheck: col(cells, 'qpdf_check') as ManifestRow['qpdfCheck'],
      pdfinfoPages: pages === '-' ? null : Number(pages),
      encrypted: col(cells, 'encrypted') as ManifestRow['encrypted'],
      category: col(cells, 'category'),
    };
  });
}
