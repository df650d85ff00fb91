import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectMany as inspectManyFromSource, inspectPdf, type PdfInspection } from '../../src/pdf/index.js';
import { CORPUS_DIR, readManifest } from './corpus-manifest.js';

type CompiledPool = {
  inspectMany: typeof inspectManyFromSource;
  workerScriptAvailable: () => boolean;
};

/**
 * Worker threads run compiled JavaScript, so the pool is tested from dist/pdf/, as the CLI runs
 * it; `npm test` runs `npm run build` first. The results it must match come from src/.
 */
const DIST_INDEX = fileURLToPath(new URL('../../dist/pdf/index.js', import.meta.url));
const DIST_POOL = fileURLToPath(new URL('../../dist/pdf/inspect/inspect-many.js', import.meta.url));
const compiled = existsSync(DIST_INDEX) && existsSync(DIST_POOL);
const SKIPPED = `skipped: ${DIST_INDEX} not found, run \`npm run build\` first (\`npm test\` does)`;
if (!compiled) console.warn(`inspectMany worker-thread tests ${SKIPPED}`);

const files = readManifest().map((row) => CORPUS_DIR + row.file);
let pool: CompiledPool;
let oneByOne: PdfInspection[];

beforeAll(async () => {
  if (compiled) {
    const index = (await import(pathToFileURL(DIST_INDEX).href)) as CompiledPool;
    const poolModule = (await import(pathToFileURL(DIST_POOL).href)) as CompiledPool;
    pool = { inspectMany: index.inspectMany, workerScriptAvailable: poolModule.workerScriptAvailable };
  }
  oneByOne = [];
  for (const f of files) oneByOne.push(await inspectPdf(f));
}, 120_000);

describe.skipIf(!compiled)(`inspectMany from dist/ (worker threads)${compiled ? '' : ` (${SKIPPED})`}`, () => {
  it('runs worker threads from compiled output', () => {
    expect(pool.workerScriptAvailable()).toBe(true);
  });

  it.each([undefined, 1, 3])(
    'returns the same results as inspectPdf, in input order (concurrency %s)',
    async (concurrency) => {
      const progress: [number, number][] = [];
      const results = await pool.inspectMany(files, {
        ...(concurrency ? { concurrency } : {}),
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(results).toEqual(oneByOne);
      expect(progress).toHaveLength(files.length);
      expect(progress.map(([done]) => done)).toEqual(files.map((_f, i) => i + 1));
      expect(progress.every(([, total]) => total === files.length)).toBe(true);
    },
    60_000,
  );

  it('reports unreadable paths in place instead of rejecting', async () => {
    const paths = [files[0]!, '/nonexistent/ledger-test/missing.pdf', files[1]!];
    const results = await pool.inspectMany(paths, { concurrency: 2 });
    expect(results[1]).toMatchObject({ isPdf: false, damage: 'fatal' });
    expect(results[0]).toEqual(oneByOne[0]);
    expect(results[2]).toEqual(oneByOne[1]);
  }, 60_000);

  it('reports a file whose worker ran out of time as over the time limit, not as "not a PDF"', async () => {
    // A 1 ms allowance: every worker is stopped on its first file (every lane is a worker, each with this timer).
    const results = await pool.inspectMany(files, { concurrency: 2, fileTimeoutMs: 1 });
    const stopped = results.filter((r) => r.limit === 'seconds');
    expect(stopped.length).toBeGreaterThan(0);
    for (const r of stopped) expect(r).toMatchObject({ damage: 'fatal', detail: expect.stringMatching(/gave up/) });
  }, 60_000);

  it('handles an empty list', async () => {
    expect(await pool.inspectMany([])).toEqual([]);
  });
});

describe('inspectMany from src/', () => {
  it('still works from TypeScript sources, in this thread, when no compiled worker exists', async () => {
    expect(await inspectManyFromSource(files.slice(0, 5), { concurrency: 2 })).toEqual(oneByOne.slice(0, 5));
  });
});
