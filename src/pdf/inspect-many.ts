import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inspectFileSync } from './inspect-file.js';
import type { InspectManyOptions, PdfInspection } from './types.js';

const WORKER_URL = new URL('./inspect-worker.js', import.meta.url);

/** No sane file takes this long (a full rebuild of a 120 MB scan takes well under a second). */
const FILE_TIMEOUT_MS = 60_000;

/** True when the compiled worker sits next to this module (running from dist/, not from .ts). */
export function workerScriptAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/**
 * Inspect many files across CPU cores. Each worker takes the next path as soon as it is free, so
 * one 120 MB scan does not hold up the queue. Results come back in input order. A worker that
 * dies (out of memory, a bug) costs only the file it was on, which is reported as unreadable.
 */
export async function inspectMany(paths: string[], opts: InspectManyOptions = {}): Promise<PdfInspection[]> {
  const total = paths.length;
  const results = new Array<PdfInspection>(total);
  const wanted = Math.max(1, Math.floor(opts.concurrency ?? availableParallelism()));
  const workers = Math.min(wanted, total);
  let done = 0;
  const finish = (id: number, result: PdfInspection): void => {
    results[id] = result;
    done++;
    opts.onProgress?.(done, total);
  };
  if (total === 0) return results;
  if (workers <= 1 || !workerScriptAvailable()) {
    // One lane, or running from TypeScript sources (tests): same results, in this thread.
    for (let id = 0; id < total; id++) {
      finish(id, inspectFileSync(paths[id]!));
      if (id % 16 === 15) await new Promise((resolve) => setImmediate(resolve)); // let timers and I/O run
    }
    return results;
  }
  let next = 0;
  await Promise.all(Array.from({ length: workers }, () => runLane()));
  return results;

  async function runLane(): Promise<void> {
    while (next < total) {
      const worker = new Worker(WORKER_URL);
      await drive(worker);
      await worker.terminate();
    }
  }

  /** Feed one worker until the queue is empty or the worker dies (or hangs on a file). */
  function drive(worker: Worker): Promise<void> {
    return new Promise((resolve) => {
      let current = -1;
      let why = '';
      let timer: NodeJS.Timeout | undefined;
      const feed = (): void => {
        if (next >= total) return resolve();
        current = next++;
        timer = setTimeout(() => {
          why = `the inspector gave up on this file after ${FILE_TIMEOUT_MS / 1000} s`;
          void worker.terminate();
        }, FILE_TIMEOUT_MS);
        worker.postMessage({ id: current, path: paths[current]! });
      };
      worker.on('message', (msg: { id: number; result: PdfInspection }) => {
        clearTimeout(timer);
        finish(msg.id, msg.result);
        current = -1;
        feed();
      });
      const fail = (reason: string): void => {
        clearTimeout(timer);
        if (current >= 0) finish(current, crashed(why || reason));
        current = -1;
        resolve();
      };
      worker.once('error', (err) => fail(`the inspector crashed on this file: ${err.message}`));
      worker.once('exit', (code) => fail(`the inspector stopped on this file (exit code ${code})`));
      feed();
    });
  }
}

function crashed(detail: string): PdfInspection {
  return { isPdf: false, empty: false, pages: null, encryption: 'none', damage: 'fatal', detail, info: {} };
}
