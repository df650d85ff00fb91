import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';

/*
 * File helpers for tests that work on a workspace. The workspace itself comes from
 * `makeWorkspace()` in ./cli.js (a copy of the scaffold global setup builds once per run).
 */

/** A real PDF of `pages` pages, made with pdf-lib. */
export async function makePdf(
  opts: { pages?: number; title?: string; subject?: string; keywords?: string[]; created?: Date; seed?: string } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < (opts.pages ?? 1); i++) doc.addPage([595, 842]);
  if (opts.title) doc.setTitle(opts.title);
  if (opts.subject) doc.setSubject(opts.subject);
  if (opts.keywords) doc.setKeywords(opts.keywords);
  doc.setCreationDate(opts.created ?? new Date('2025-03-01T00:00:00Z'));
  doc.setProducer(`ledger test ${opts.seed ?? Math.random()}`);
  return doc.save();
}

export function writeFile(ws: string, rel: string, data: string | Uint8Array): string {
  const abs = path.join(ws, ...rel.split('/'));
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, data);
  return abs;
}

export async function addPdf(ws: string, rel: string, opts: Parameters<typeof makePdf>[0] = {}): Promise<string> {
  return writeFile(ws, rel, await makePdf({ seed: rel, ...opts }));
}

/** Replace text in a workspace file. */
export function edit(ws: string, rel: string, from: string | RegExp, to: string): void {
  const abs = path.join(ws, rel);
  const before = fs.readFileSync(abs, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit of ${rel} changed nothing`);
  fs.writeFileSync(abs, after);
}

/** Snapshot of every file under a folder: relative path → size and content hash-ish. */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs);
      if (skip(rel)) continue;
      if (e.isDirectory()) walk(abs);
      else {
        const st = fs.lstatSync(abs);
        out.set(rel, `${st.size}:${st.mtimeMs}:${e.isSymbolicLink() ? fs.readlinkSync(abs) : fs.readFileSync(abs).toString('base64')}`);
      }
    }
  };
  walk(dir);
  return out;
}
