import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inspectFileSync } from './inspect-file.js';
import { fatalResult, type InspectManyOptions, type PdfInspection } from './result.js';

const WORKER_URL = new URL('./inspect-worker.js', import.meta.url);

/**
 * No sane file takes this long (a full rebuild of a 120 MB scan takes well under a second). The
 * inspector stops itself at PDF_LIMITS.seconds; this only ends a worker stuck in one native call.
 */
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
  const timeoutMs = opts.fileTimeoutMs ?? FILE_TIMEOUT_MS;
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
      if (id % 16 === 15) await yieldToEventLoop(); // let timers and I/O run
    }
    return results;
  }
  let next = 0;
  // Files whose worker died while they were queued behind the culprit: tried again.
  const retry: number[] = [];
  const take = (): number | undefined => (retry.length ? retry.shift() : next < total ? next++ : undefined);
  const pending = (): boolean => retry.length > 0 || next < total;
  // Every lane is a worker, none the main thread: a worker stuck in one step that no deadline
  // check reaches (a native call, a pathological regular expression) is stopped by its timer;
  // the main thread could not be. The cost is the workers' start-up, tens of milliseconds.
  await Promise.all(Array.from({ length: workers }, () => runLane()));
  return results;

  async function runLane(): Promise<void> {
    while (pending()) {
      const worker = new Worker(WORKER_URL);
      await drive(worker);
      await worker.terminate();
    }
  }

  /**
   * Feed one worker until the queue is empty or the worker dies (or hangs on a file). A few files
   * are kept in flight so the worker never waits for the next message; it answers in order, so the
   * oldest one in flight is the one it is working on.
   */
  function drive(worker: Worker): Promise<void> {
    return new Promise((resolve) => {
      const inFlight: number[] = [];
      let why = '';
      let timer: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(timer);
        if (inFlight.length === 0) return;
        timer = setTimeout(() => {
          why = `the inspector gave up on this file after ${timeoutMs / 1000} s`;
          void worker.terminate();
        }, timeoutMs);
      };
      const feed = (): void => {
        while (inFlight.length < IN_FLIGHT) {
          const id = take();
          if (id === undefined) break;
          inFlight.push(id);
          worker.postMessage({ id, path: paths[id]! });
        }
        if (inFlight.length === 0) resolve();
      };
      worker.on('message', (msg: { id: number; result: PdfInspection }) => {
        inFlight.splice(inFlight.indexOf(msg.id), 1);
        finish(msg.id, msg.result);
        feed();
        arm();
      });
      const fail = (reason: string): void => {
        clearTimeout(timer);
        const [culprit, ...queued] = inFlight.splice(0);
        // A worker stopped for taking too long reports the time limit, like the inspector's own deadline.
        if (culprit !== undefined) finish(culprit, why ? { ...fatalResult(why), limit: 'seconds' } : fatalResult(reason));
        retry.push(...queued);
        resolve();
      };
      worker.once('error', (err) => fail(`the inspector crashed on this file: ${err.message}`));
      worker.once('exit', (code) => fail(`the inspector stopped on this file (exit code ${code})`));
      feed();
      arm();
    });
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Files queued per worker: enough to hide the message round trip, few enough to share work evenly. */
const IN_FLIGHT = 16;
