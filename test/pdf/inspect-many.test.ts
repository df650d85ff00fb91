import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMany as inspectManyFromSource, inspectPdf, type PdfInspection } from '../../src/pdf/index.js';
import { CORPUS_DIR, readManifest } from './corpus-manifest.js';
import { tempDir } from './make-pdf.js';

type Built = {
  inspectMany: typeof inspectManyFromSource;
  workerScriptAvailable: () => boolean;
};

/**
 * Worker threads run compiled JavaScript, so this compiles src/pdf with the project's own tsc
 * into a temp folder (dist/ belongs to the full build) and tests the pool from there, the same
 * way it runs from dist/pdf/ in the CLI.
 */
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function buildInspector(): Promise<Built> {
  const out = tempDir();
  temps.push(out);
  const srcDir = fileURLToPath(new URL('../../src/pdf/', import.meta.url));
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(srcDir, f));
  const flags = ['--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--types', 'node'];
  const strict = ['--strict', '--noUncheckedIndexedAccess', '--noImplicitOverride', '--skipLibCheck'];
  execFileSync(process.execPath, [tsc, '--outDir', out, '--rootDir', srcDir, ...flags, ...strict, ...files], { stdio: 'pipe' });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const index = (await import(pathToFileURL(join(out, 'index.js')).href)) as Built;
  const pool = (await import(pathToFileURL(join(out, 'inspect', 'inspect-many.js')).href)) as Built;
  return { inspectMany: index.inspectMany, workerScriptAvailable: pool.workerScriptAvailable };
}

const files = readManifest().map((row) => CORPUS_DIR + row.file);
let built: Built;
let oneByOne: PdfInspection[];

beforeAll(async () => {
  built = await buildInspector();
  oneByOne = [];
  for (const f of files) oneByOne.push(await inspectPdf(f));
}, 120_000);

describe('inspectMany', () => {
  it('runs worker threads from compiled output', () => {
    expect(built.workerScriptAvailable()).toBe(true);
  });

  it.each([undefined, 1, 3])('returns the same results as inspectPdf, in input order (concurrency %s)', async (concurrency) => {
    const progress: [number, number][] = [];
    const results = await built.inspectMany(files, {
      ...(concurrency ? { concurrency } : {}),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(results).toEqual(oneByOne);
    expect(progress).toHaveLength(files.length);
    expect(progress.map(([done]) => done)).toEqual(files.map((_f, i) => i + 1));
    expect(progress.every(([, total]) => total === files.length)).toBe(true);
  }, 60_000);

  it('reports unreadable paths in place instead of rejecting', async () => {
    const paths = [files[0]!, '/nonexistent/ledger-test/missing.pdf', files[1]!];
    const results = await built.inspectMany(paths, { concurrency: 2 });
    expect(results[1]).toMatchObject({ isPdf: false, damage: 'fatal' });
    expect(results[0]).toEqual(oneByOne[0]);
    expect(results[2]).toEqual(oneByOne[1]);
  }, 60_000);

  it('handles an empty list', async () => {
    expect(await built.inspectMany([])).toEqual([]);
  });

  it('still works from TypeScript sources, in this thread, when no compiled worker exists', async () => {
    expect(await inspectManyFromSource(files.slice(0, 5), { concurrency: 2 })).toEqual(oneByOne.slice(0, 5));
  });
});
