import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { tempDir } from '../helpers/cli.js';

/*
 * Independent readers of what `ledger bundle` writes: poppler and qpdf when this machine has them
 * (tests that need them skip otherwise), pdf-lib for the outline.
 */

export function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

export const HAVE = { qpdf: which('qpdf'), poppler: which('pdftotext') && which('pdftoppm') && which('pdffonts') && which('pdfinfo') };

/**
 * A fontconfig with no font directories: poppler then finds no system font at all, so a broken
 * embedded subset shows as missing text instead of being silently replaced by an installed Noto CJK.
 */
export function emptyFontconfig(): NodeJS.ProcessEnv {
  const dir = tempDir('fc-');
  const conf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><cachedir>${dir}/cache</cachedir></fontconfig>\n`);
  return { ...process.env, FONTCONFIG_FILE: conf };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Text of some pages, white space removed (pdftotext spaces CJK unpredictably). */
export function pageText(file: string, first: number, last = first): string {
  const r = run('pdftotext', ['-f', String(first), '-l', String(last), file, '-'], emptyFontconfig());
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/[\s\u3000]+/gu, '');
}

export function qpdfCheck(file: string): { status: number; output: string } {
  const r = run('qpdf', ['--check', file]);
  return { status: r.status, output: r.stdout + r.stderr };
}

export function pdfinfoPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)?.[1]);
}

export function pdffonts(file: string): string {
  return run('pdffonts', [file]).stdout;
}

/** Share of dark pixels of a page rendered in grey with no system fonts: > 0 means something was drawn. */
export function inkOf(file: string, page: number, crop?: { x: number; y: number; w: number; h: number }): number {
  const out = path.join(tempDir('ppm-'), 'p');
  const cropArgs = crop ? ['-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.w), '-H', String(crop.h)] : [];
  const r = run(
    'pdftoppm',
    ['-gray', '-r', '36', '-f', String(page), '-l', String(page), '-singlefile', ...cropArgs, file, out],
    emptyFontconfig(),
  );
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  const pgm = fs.readFileSync(`${out}.pgm`);
  // P5\n<w> <h>\n255\n<data>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
  const data = pgm.subarray(header[0].length);
  let dark = 0;
  for (const v of data) if (v < 128) dark++;
  return dark / data.length;
}

/** Words of a page with their boxes in displayed coordinates (pdftotext -bbox). */
export function wordBoxes(file: string, page: number): { text: string; yMin: number; yMax: number; pageHeight: number }[] {
  const r = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], emptyFontconfig());
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(r.stdout)?.[1]);
  return [...r.stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[3]!,
    yMin: Number(m[1]),
    yMax: Number(m[2]),
    pageHeight: height,
  }));
}

export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

/** The document outline, read with pdf-lib. */
export async function outline(file: string): Promise<OutlineItem[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const level = (first: PDFDict | undefined): OutlineItem[] => {
    const out: OutlineItem[] = [];
    for (let item = first, n = 0; item && n < 10_000; item = item.lookupMaybe(PDFName.of('Next'), PDFDict), n++) {
      const t = item.lookup(PDFName.of('Title'));
      const title = t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : '';
      out.push({ title, children: level(item.lookupMaybe(PDFName.of('First'), PDFDict)) });
    }
    return out;
  };
  return level(root?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/** Page count with pdf-lib, which parses the whole file (a second, independent reader). */
export async function pdfLibPages(file: string): Promise<number> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  return doc.getPageCount();
}

/** The /MediaBox of each page, with pdf-lib. */
export async function mediaBoxes(file: string): Promise<number[][]> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  return doc.getPages().map((p) => {
    const box = p.node.lookup(PDFName.of('MediaBox'), PDFArray);
    return box.asArray().map((v) => Number(v.toString()));
  });
}
