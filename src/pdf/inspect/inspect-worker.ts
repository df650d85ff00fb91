import { parentPort } from 'node:worker_threads';
import { inspectFileSync } from './inspect-file.js';

/** Worker-thread entry: receives {id, path}, answers {id, result}. One file at a time. */
export interface WorkerRequest {
  id: number;
  path: string;
}

parentPort?.on('message', (req: WorkerRequest) => {
  parentPort?.postMessage({ id: req.id, result: inspectFileSync(req.path) });
});
