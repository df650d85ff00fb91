import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf, type PdfInspection } from '../../src/pdf/index.js';

/*
 * The inspector against two real readers, poppler (pdfinfo) and qpdf, over the test PDFs of
 * pdf.js and qpdf (test/fixtures/pdf-differential: README says where each file comes from and how
 * MANIFEST.tsv was made; scripts/pdf-differential-manifest.mjs regenerates it). Wherever the two
 * readers agree, so must the inspector: whether the file opens, whether it needs a password,
 * how many pages it has. A file qpdf --check passes clean is never called damaged.
 */
const DIR = fileURLToPath(new URL('../fixtures/pdf-differential/', import.meta.url));

interface Row {
  file: string;
  pdfinfoExit: string;
  pdfinfoPages: string;
  pdfinfoEncrypted: string;
  qpdfCheck: string;
  qpdfPages: string;
}

const rows: Row[] = (() => {
  const [header, ...lines] = readFileSync(DIR + 'MANIFEST.tsv', 'utf8')
    .trim()
    .split('\n');
  const cols = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const col = (name: string): string => cells[cols.indexOf(name)] ?? '';
    return {
      file: col('file'),
      pdfinfoExit: col('pdfinfo_exit'),
      pdfinfoPages: col('pdfinfo_pages'),
      pdfinfoEncrypted: col('pdfinfo_encrypted'),
      qpdfCheck: col('qpdf_check'),
      qpdfPages: col('qpdf_npages'),
    };
  });
})();

/** What both readers say when they say the same; undefined when they disagree. */
type Agreed = { kind: 'password' } | { kind: 'refuse' } | { kind: 'open'; pages: number | undefined };

function agreed(r: Row): Agreed | undefined {
  const popplerPassword = r.pdfinfoEncrypted === 'password';
  const qpdfPassword = r.qpdfCheck === 'password';
  if (popplerPassword || qpdfPassword) return popplerPassword && qpdfPassword ? { kind: 'password' } : undefined;
  const popplerOpens = r.pdfinfoExit === '0';
  const qpdfOpens = r.qpdfCheck === 'ok' || r.qpdfCheck === 'warnings';
  if (popplerOpens !== qpdfOpens) return undefined;
  if (!popplerOpens) return { kind: 'refuse' };
  return { kind: 'open', pages: r.pdfinfoPages === r.qpdfPages ? Number(r.pdfinfoPages) : undefined };
}

function ours(p: PdfInspection): Agreed['kind'] {
  if (p.encryption === 'open-password') return 'password';
  return p.isPdf && p.damage !== 'fatal' ? 'open' : 'refuse';
}

/**
 * Where the inspector knowingly differs from both readers, and why. Each must still differ (a
 * fix that makes one agree removes it from this list).
 */
const EXCEPTIONS: Record<string, string> = {
  'pdfjs/bug1606566.pdf':
    'no %PDF in the first 1024 bytes (its first line is gone): both readers parse anything, but ISO 32000-1 §7.5.2 ' +
    "requires the header (Adobe's implementation notes: within the first 1024 bytes), so it is not accepted as a PDF",
  'qpdf/fuzz-16214.pdf': 'no %PDF in the first 1024 bytes (fuzzer output): as above',
  'pdfjs/issue15893_reduced.pdf':
    'two complete PDFs concatenated; the readers take the first trailer they find, the inspector the last one, ' +
    'as it does for an incremental update; the second document needs a user password',
};

/**
 * qpdf --check does not compare a page tree's /Count with its pages. In these two it is wrong
 * (0, and 9,999,999,999, for one reachable page): poppler fails on both and qpdf reports the
 * /Count as the page count. The inspector counts the one page and warns (pdf-repaired).
 */
const CLEAN_BUT_WARNED: Record<string, string> = {
  'pdfjs/poppler-67295-0.pdf': '/Count 9999999999 over one page',
  'qpdf/many-nulls.pdf': '/Count 0 over one page',
};

const results = new Map<string, PdfInspection>();
beforeAll(async () => {
  for (const r of rows) results.set(r.file, await inspectPdf(DIR + r.file));
}, 60_000);

describe('differential: the inspector against poppler and qpdf', () => {
  it('has a few hundred files from both sources', () => {
    expect(rows.length).toBeGreaterThan(600);
    expect(rows.filter((r) => r.file.startsWith('pdfjs/')).length).toBeGreaterThan(300);
    expect(rows.filter((r) => r.file.startsWith('qpdf/')).length).toBeGreaterThan(200);
  });

  it('agrees wherever both readers agree, except for the documented exceptions', () => {
    const disagree: string[] = [];
    for (const r of rows) {
      const both = agreed(r);
      if (!both) continue;
      const p = results.get(r.file)!;
      const mine = ours(p);
      const pagesDiffer = both.kind === 'open' && mine === 'open' && both.pages !== undefined && p.pages !== both.pages;
      if (mine !== both.kind || pagesDiffer) disagree.push(r.file);
    }
    expect(disagree.sort()).toEqual(Object.keys(EXCEPTIONS).sort());
  });

  it('agreement figures: files where the readers agree, and how many of them the inspector matches', () => {
    const agreedRows = rows.filter((r) => agreed(r) !== undefined);
    const withPages = agreedRows.filter((r) => {
      const a = agreed(r);
      return a?.kind === 'open' && a.pages !== undefined;
    });
    const matched = agreedRows.length - Object.keys(EXCEPTIONS).length;
    // Pinned so a regenerated manifest or a changed verdict is noticed (and the README updated).
    expect({ files: rows.length, readersAgree: agreedRows.length, matched, pageCountsCompared: withPages.length }).toEqual({
      files: 652,
      readersAgree: 605,
      matched: 602,
      pageCountsCompared: 557,
    });
  });

  it('never calls a file damaged that qpdf --check passes clean, except where /Count lies', () => {
    const warned = rows.filter((r) => r.qpdfCheck === 'ok' && results.get(r.file)!.damage !== 'none').map((r) => r.file);
    expect(warned.sort()).toEqual(Object.keys(CLEAN_BUT_WARNED).sort());
    for (const file of warned) expect(results.get(file)!.detail).toMatch(/\/Count/);
  });
});

describe('differential: decided where the readers disagree', () => {
  it.each([
    ['pdfjs/auth-event-ef-open.pdf', 1],
    ['qpdf/nontrivial-crypt-filter.pdf', 1],
    ['qpdf/enc-XI-R6,V5,U=attachment,encrypted-attachments.pdf', 30],
    ['qpdf/unfilterable-with-crypt.pdf', 30],
  ])('%s: only the attachments are encrypted, so it opens (poppler opens it; qpdf asks a password)', (file, pages) => {
    const p = results.get(file)!;
    expect(p).toMatchObject({ encryption: 'none', attachmentsEncrypted: true, damage: 'none', pages });
    expect(p.detail).toMatch(/attachments are encrypted/);
  });

  it.each(['pdfjs/issue19484_1.pdf', 'pdfjs/issue19484_2.pdf'])(
    '%s: R4 with a 40/48-bit RC4 key opens without a password (poppler and pdf.js open it; qpdf does not)',
    (file) => {
      expect(results.get(file)).toMatchObject({ encryption: 'owner-restricted', damage: 'none', pages: 1 });
    },
  );
});
