import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, checkJson, makeWorkspace, type JsonReport } from '../helpers/cli.js';
import { writeFile } from '../helpers/workspace.js';

/**
 * Every real PDF of the corpus, filed as evidence, judged by `ledger check` as its MANIFEST row
 * implies: qpdf and poppler both open it without a password → no error (a warning at most);
 * it needs a password, neither tool opens it, or it has no pages → an error.
 */
const CORPUS = path.join(REPO, 'test', 'fixtures', 'corpus-pdf');
const rows = fs
  .readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .map(([file, , , , , , qpdf, pages, encrypted, category]) => ({
    file: file!,
    qpdf: qpdf!,
    pages: pages!,
    encrypted: encrypted!,
    category: category!,
  }));

/** Where qpdf and poppler disagree, the decision and why. */
const DECIDED: Record<string, { error: boolean; why: string }> = {
  // poppler shows 4 pages only from the linearization /N; qpdf finds no page tree, and neither do we: error.
  'meta-unreadable.pdf': { error: true, why: 'no reachable page tree; a page count from /N is not a page' },
  // qpdf rejects the loop in /Pages; poppler and pdf.js show the one page. Usable evidence, damaged: warning.
  'broken-pages-loop.pdf': { error: false, why: 'one readable page; the loop is reported as repaired damage' },
  // qpdf opens it and counts 0 pages; pdfinfo refuses it. Either way there is nothing to assess: error.
  'zero-pages.pdf': { error: true, why: 'no pages' },
};

function expectedError(r: (typeof rows)[number]): boolean {
  if (DECIDED[r.file]) return DECIDED[r.file]!.error;
  const qpdfOpens = r.qpdf === 'ok' || r.qpdf === 'warnings';
  const popplerOpens = r.pages !== '-';
  return !(qpdfOpens && popplerOpens);
}

describe('the real-PDF corpus through ledger check', () => {
  const ws = makeWorkspace();
  const folders = fs.readdirSync(path.join(ws, 'evidence')).sort();
  const placed = rows.map((r, i) => {
    const rel = `evidence/${folders[i % folders.length]}/1-${r.file}`;
    writeFile(ws, rel, fs.readFileSync(path.join(CORPUS, r.file)));
    return { ...r, rel };
  });
  let report: JsonReport;
  // One check of the whole corpus for the file; every case below only reads its report.
  beforeAll(async () => {
    ({ report } = await checkJson(ws, ['--no-cache']));
  });

  it('has all 58 files', () => expect(placed).toHaveLength(58));

  it.each(placed.map((p) => [p.file, p] as const))('%s', (_name, p) => {
    const found = report.diagnostics.filter((d) => d.file === p.rel && d.code !== 'duplicate-content' && d.code !== 'evidence-too-old');
    const errors = found.filter((d) => d.severity === 'error').map((d) => d.code);
    if (expectedError(p)) {
      expect(errors.length, `${p.file}: ${JSON.stringify(found)}`).toBeGreaterThan(0);
      if (p.qpdf === 'encrypted') expect(errors).toContain('pdf-encrypted');
    } else {
      expect(errors, `${p.file}: ${JSON.stringify(found)}`).toEqual([]);
      const codes = found.map((d) => d.code);
      if (p.encrypted === 'yes') expect(codes).toContain('pdf-restricted');
    }
  });
});
