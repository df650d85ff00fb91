import fs from 'node:fs';
import path from 'node:path';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { t } from '../i18n/messages.js';
import {
  applyWrites,
  checkRemovals,
  removeFiles,
  type FileRemoval,
  JOURNAL_NAME,
  recoverWrites,
  RestoreError,
  WriteRefused,
  type ApplyOptions,
  type FileWrite,
} from '../util/atomic-write.js';
import type { CliContext } from './context.js';

/** Ctrl-C arrived while a set of writes was renamed into place: the set was finished first (exit 130). */
export class Interrupted extends Error {}

/**
 * Run `fn` (synchronous renames) with Ctrl-C and SIGTERM held back: with a listener installed, Node
 * delivers the signal on a later turn of the event loop instead of killing the process mid-set.
 * Once the set is whole, a signal that came meanwhile ends the command (`Interrupted`).
 */
export async function deferSignals<T>(fn: () => T): Promise<T> {
  let caught = false;
  const hold = (): void => {
    caught = true;
  };
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);
  let result: T;
  try {
    result = fn();
  } finally {
    // A signal received during the synchronous renames is emitted on the next turns of the loop.
    // A few turns and 50 ms: on a loaded machine the signal's wake-up can trail the last rename.
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 50));
    process.off('SIGINT', hold);
    process.off('SIGTERM', hold);
  }
  if (caught) throw new Interrupted();
  return result;
}

/**
 * Test-only hook: with LEDGER_TEST_PAUSE_AT_RENAME=N the writer stops before the N-th rename of a
 * set, says so on stderr and waits until stdin yields data or closes, so that a test can send
 * SIGINT or SIGKILL at exactly that point (test/e2e/interrupted-writes.test.ts).
 */
function testPause(env: NodeJS.ProcessEnv): ApplyOptions['beforeRename'] {
  const at = Number(env.LEDGER_TEST_PAUSE_AT_RENAME ?? '');
  if (!Number.isInteger(at) || at < 1) return undefined;
  return (n) => {
    if (n !== at) return;
    fs.writeSync(2, `LEDGER_TEST_PAUSED ${n}\n`);
    const buf = Buffer.alloc(16);
    for (;;) {
      try {
        fs.readSync(0, buf);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      }
    }
  };
}

/** How the CLI runs the writer: the journal in `journalDir`, and the test hook when asked for. */
export function applyOptions(ctx: CliContext, journalDir: string = ctx.workspace): ApplyOptions {
  const beforeRename = testPause(ctx.io.env);
  return { journalDir, ...(beforeRename ? { beforeRename } : {}) };
}

const shown = (ctx: CliContext, file: string): string => path.relative(ctx.workspace, file).split(path.sep).join('/') || file;

/** What the writer refused or failed at, as the sentence the user reads (`files`: named when the error names none). */
export function writerFailure(ctx: CliContext, e: unknown, files: readonly string[]): CannotRunError {
  if (e instanceof WriteRefused)
    return new CannotRunError(e.reason === 'exists' ? 'write.exists' : 'write.changed', { file: shown(ctx, e.file) });
  if (e instanceof RestoreError)
    return new CannotRunError('import.restore-failed', {
      files: e.kept.map((k) => `${shown(ctx, k.aside)} → ${shown(ctx, k.file)}`).join('\n  '),
      detail: (e.cause as NodeJS.ErrnoException).code ?? String(e.cause),
    });
  // A failed copy names its source in `path` and what it was writing in `dest`: the latter is the write that failed.
  const err = e as NodeJS.ErrnoException & { dest?: string };
  const at = err.dest ?? err.path;
  // The writer's temporary name stands for its target: say the file the user asked for.
  const failed =
    (at && files.find((f) => path.dirname(f) === path.dirname(at) && path.basename(at).startsWith(`.${path.basename(f)}.`))) || at;
  return new CannotRunError('write.failed', {
    file: failed ? shown(ctx, failed) : files.map((f) => shown(ctx, f)).join(', '),
    detail: err.code ?? err.message,
  });
}

/** Apply a plan's writes (one set, Ctrl-C held back) and turn what the writer refuses into a sentence. */
export async function writePlan(
  ctx: CliContext,
  writes: readonly FileWrite[],
  journalDir: string = ctx.workspace,
  /** the command's own words for a failure; undefined: the writer's usual ones */
  failure?: (e: unknown) => Error | undefined,
): Promise<string[]> {
  return deferSignals(() => {
    try {
      return applyWrites(writes, applyOptions(ctx, journalDir));
    } catch (e) {
      throw (
        failure?.(e) ??
        writerFailure(
          ctx,
          e,
          writes.map((w) => w.file),
        )
      );
    }
  });
}

/**
 * A plan that writes some files and deletes others: every deleted file is compared with what the
 * plan read first (a changed one refuses everything), the writes are applied as one set, and the
 * deletions follow (then `emptyFolders` go if that left them empty).
 */
export async function writePlanAndRemove(
  ctx: CliContext,
  writes: readonly FileWrite[],
  removals: readonly FileRemoval[],
  emptyFolders: readonly string[] = [],
): Promise<void> {
  const refusal = (e: unknown): CannotRunError =>
    writerFailure(
      ctx,
      e,
      removals.map((r) => r.file),
    );
  try {
    checkRemovals(removals);
  } catch (e) {
    throw refusal(e);
  }
  await writePlan(ctx, writes);
  try {
    removeFiles(removals, emptyFolders);
  } catch (e) {
    throw refusal(e);
  }
}

/**
 * Before a command does anything else: a set of writes a crash or kill interrupted in `dir` is
 * completed or rolled back (util/atomic-write.ts), and one line says which.
 */
export function recoverInterruptedWrites(ctx: CliContext, dir: string = ctx.workspace): void {
  let r: ReturnType<typeof recoverWrites>;
  try {
    r = recoverWrites(dir);
  } catch (e) {
    throw new CannotRunError('write.recover-failed', { file: path.join(dir, JOURNAL_NAME), detail: (e as Error).message });
  }
  if (r.outcome === 'none') return;
  const files = r.files.map((f) => f.split(path.sep).join('/'));
  ctx.io.err(`${ctx.style.warning(t(ctx.lang, `write.recovered.${r.outcome}`, { count: r.files.length, files }))}\n`);
}
