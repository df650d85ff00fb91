import type { CheckResult } from '../check/run-check.js';
import type { CliContext } from './context.js';
import { requireIndicator, requireUnit } from './resolve-args.js';
import { today } from '../util/dates.js';

/** What the user asked a check to be limited to, as typed. */
export interface CheckInput {
  unit?: string;
  indicators?: string[];
  changedSince?: string;
  cache?: boolean;
  online?: { timeoutMs?: number; allowPrivate?: boolean };
  onProgress?: (done: number, total: number) => void;
}

/**
 * Load the workspace, resolve what the user typed (unit names, `009`) against it, and run the
 * check. Loaded on demand by the commands: YAML, zod and the PDF reader come with it.
 */
export async function checkWorkspace(ctx: CliContext, input: CheckInput = {}): Promise<CheckResult> {
  const { loadWorkspace } = await import('../load/load-workspace.js');
  const { runCheck } = await import('../check/run-check.js');
  const loaded = loadWorkspace(ctx.workspace);
  const ws = loaded.workspace;
  const unit = ws && input.unit !== undefined ? requireUnit(ws.units, input.unit) : undefined;
  const indicators = ws ? input.indicators?.map((i) => requireIndicator(ws.catalog, i)) : undefined;
  const day = today(ctx.io.env);
  return runCheck(loaded, {
    unit,
    indicators,
    changedSince: input.changedSince,
    cache: input.cache,
    online: input.online,
    onProgress: input.onProgress,
    today: day,
  });
}
