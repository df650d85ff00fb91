import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Five PDF engines a reviewer may open a file with, asked the same question: how many pages does
 * it show (null: it refuses the file). Each is undefined when not installed, so a test can skip
 * it visibly. poppler (pdfinfo), qpdf and mupdf (mutool) run as commands; pdf.js and pdfium (its
 * WebAssembly build) are devDependencies loaded in this process.
 */
export type Engine = (file: string) => Promise<number | null>;

function installed(cmd: string, arg: string): boolean {
  return spawnSync(cmd, [arg], { stdio: 'ignore' }).error === undefined;
}

function run(cmd: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'latin1', timeout: 20_000 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const pdfinfo: Engine | undefined = installed('pdfinfo', '-v')
  ? async (file) => {
      const r = run('pdfinfo', [file]);
      const m = /^Pages:\s+(\d+)/m.exec(r.out);
      return r.status === 0 && m ? Number(m[1]) : null;
    }
  : undefined;

const qpdf: Engine | undefined = installed('qpdf', '--version')
  ? async (file) => {
      // exit 3 is "succeeded with warnings"
      const r = run('qpdf', ['--show-npages', file]);
      const m = /^(\d+)$/m.exec(r.out);
      return (r.status === 0 || r.status === 3) && m ? Number(m[1]) : null;
    }
  : undefined;

const mupdf: Engine | undefined = installed('mutool', '-v')
  ? async (file) => {
      const r = run('mutool', ['info', file]);
      const m = /^Pages:\s+(\d+)/m.exec(r.out);
      return r.status === 0 && m ? Number(m[1]) : null;
    }
  : undefined;

async function optionalImport<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(name)) as T;
  } catch {
    return undefined;
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjsModule = await optionalImport<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjs: Engine | undefined = pdfjsModule
  ? async (file) => {
      const task = pdfjsModule.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false });
      try {
        const doc = await task.promise;
        return doc.numPages;
      } catch {
        return null;
      } finally {
        await task.destroy();
      }
    }
  : undefined;

type Pdfium = typeof import('@hyzyla/pdfium');
const pdfiumModule = await optionalImport<Pdfium>('@hyzyla/pdfium');
let pdfiumLibrary: Promise<import('@hyzyla/pdfium').PDFiumLibrary> | undefined;
const pdfium: Engine | undefined = pdfiumModule
  ? async (file) => {
      pdfiumLibrary ??= pdfiumModule.PDFiumLibrary.init();
      const lib = await pdfiumLibrary;
      try {
        const doc = await lib.loadDocument(new Uint8Array(readFileSync(file)));
        const pages = doc.getPageCount();
        doc.destroy();
        return pages;
      } catch {
        return null;
      }
    }
  : undefined;

export const ENGINES = { poppler: pdfinfo, qpdf, mupdf, pdfjs, pdfium } as const;
export type EngineName = keyof typeof ENGINES;
