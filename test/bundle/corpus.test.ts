import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf, openPageSource, PageSourceError } from '../../src/pdf/index.js';
import { tempDir } from '../helpers/cli.js';
import { CORPUS, plannedIndicator, writePlanned } from './fixture.js';
import { HAVE, pageText, qpdfCheck } from './tools.js';

/** MANIFEST.tsv of the corpus: what qpdf and pdfinfo said of each file when it was collected. */
function manifest(): { file: string; qpdf: string; pages: number; encrypted: string }[] {
  const [head, ...rows] = fs.readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = head!.split('\t');
  return rows.map((r) => {
    const v = Object.fromEntries(r.split('\t').map((x, i) => [cols[i], x]));
    return { file: v.file!, qpdf: v.qpdf_check!, pages: Number(v.pdfinfo_pages), encrypted: v.encrypted! };
  });
}

describe('copying the pages of real PDFs', () => {
  const files = manifest();

  it('opens every file the inspector passes, with the page count readers agree on; refuses one that needs a password', async () => {
    let opened = 0;
    for (const f of files) {
      const abs = path.join(CORPUS, f.file);
      const verdict = await inspectPdf(abs);
      if (verdict.encryption === 'open-password') {
        expect(() => openPageSource(abs), f.file).toThrow(/password/);
        continue;
      }
      if (!verdict.isPdf || verdict.damage === 'fatal' || !verdict.pages) continue;
      let src;
      try {
        src = openPageSource(abs);
      } catch (e) {
        // Pages the inspector could only count from stray page objects cannot be copied: said, not crashed.
        expect(e, f.file).toBeInstanceOf(PageSourceError);
        continue;
      }
      expect(src.pages.length, f.file).toBe(verdict.pages);
      src.close();
      opened++;
    }
    expect(opened).toBeGreaterThan(30);
  });

  /** One bundle of these files as material 1 of indicator 9, its pages checked against the sources'. */
  function bundleOf(usable: { rel: string; abs: string; pages: number }[], name: string): { file: string; pages: number } {
    const files = usable.map((u) => ({ rel: u.rel, abs: u.abs, name: path.basename(u.rel), kind: 'pdf' as const, pages: u.pages }));
    const file = path.join(tempDir('corpus-bundle-'), name);
    const { pages, plan } = writePlanned(plannedIndicator(files), file);
    const sourcePages = usable.reduce((n, u) => n + u.pages, 0);
    expect(pages).toBe(plan.total);
    expect(plan.total - sourcePages).toBeLessThanOrEqual(1 + 3); // a cover and its contents
    return { file, pages };
  }

  function copyable(pick: (f: (typeof files)[number]) => boolean): { rel: string; abs: string; pages: number }[] {
    const usable: { rel: string; abs: string; pages: number }[] = [];
    for (const f of files.filter(pick)) {
      const abs = path.join(CORPUS, f.file);
      try {
        const src = openPageSource(abs);
        usable.push({ rel: `evidence/009/1-${f.file}`, abs, pages: src.pages.length });
        src.close();
      } catch {
        /* not copyable: covered above */
      }
    }
    return usable;
  }

  it('merges the files qpdf passes clean into one bundle that qpdf passes clean, every page stamped', async () => {
    const usable = copyable((f) => f.qpdf === 'ok');
    expect(usable.length).toBeGreaterThan(20);
    const { file, pages } = bundleOf(usable, 'clean.pdf');
    expect((await inspectPdf(file)).pages).toBe(pages);
    if (HAVE.qpdf) {
      const r = qpdfCheck(file);
      expect(r.output).toContain('No syntax or stream encoding errors');
      expect(r.output).not.toContain('WARNING');
    }
    if (HAVE.poppler) {
      const last = usable[usable.length - 1]!;
      expect(pageText(file, pages)).toContain(`指标9·材料①·${path.basename(last.rel)}`);
    }
  });

  it('merges damaged but repairable files too; what stays damaged is what was damaged in the source (a stream qpdf cannot decode either)', async () => {
    const usable = copyable((f) => f.qpdf !== 'ok');
    const { file, pages } = bundleOf(usable, 'repaired.pdf');
    expect((await inspectPdf(file)).pages).toBe(pages);
    expect((await inspectPdf(file)).damage).toBe('none'); // the structure is whole again
    if (HAVE.qpdf) expect(qpdfCheck(file).status).not.toBe(2); // no error, at most warnings about source streams
  });
});
