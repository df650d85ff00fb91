import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { findingLine } from '../format/text.js';
import { PLAIN } from '../format/format-options.js';
import type { OrgSnapshot } from '../model/rollup-source.js';
import { deadlineInfo, scheduleOf } from '../model/deadline.js';
import { checkWorkspace } from './check-workspace.js';
import type { CliContext } from './context.js';
import { packageVersion } from './package-version.js';
import { statusOfCheck } from './commands/status.js';

/**
 * The day a packet's figures are of: LEDGER_TODAY, else the day of the commit the workspace is
 * at, never the wall clock (the same workspace gives the same bytes); the wall clock only outside git.
 */
function packetDay(env: NodeJS.ProcessEnv, commitDate: string | null, fallback: () => string): string {
  const pinned = env.LEDGER_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return commitDate ?? fallback();
}

/** One workspace's snapshot with the two texts a packet carries (status.json, check.json). */
export interface WorkspaceFigures {
  snapshot: OrgSnapshot;
  status: string;
  check: string;
  /** with `bundles`: the submission PDFs by packet entry name */
  bundles: Map<string, Buffer>;
}

/**
 * What the caller will use: `pack` writes the manifest of every evidence file (each hashed) and the
 * two texts; `rollup` of a workspace folder merges only the counts, so it reads and hashes nothing more.
 */
interface FiguresWanted {
  packet?: boolean;
  bundles?: boolean;
}

/**
 * Check a workspace (ctx.workspace) and read its overview on the packet's day: what `pack` writes
 * and what `rollup` merges for a workspace folder — the same figures either way.
 */
export async function workspaceFigures(ctx: CliContext, source: string, opts: FiguresWanted = {}): Promise<WorkspaceFigures> {
  const { gitHead } = await import('../load/git-head.js');
  const { readGitLog } = await import('../load/git-history.js');
  const { today } = await import('../util/dates.js');
  const head = gitHead(ctx.workspace);
  const day = packetDay(ctx.io.env, head?.date ?? null, () => today(ctx.io.env));
  // Every part judged on that one day: check, status and the deadlines.
  const dayCtx: CliContext = { ...ctx, io: { ...ctx.io, env: { ...ctx.io.env, LEDGER_TODAY: day } } };
  const log = readGitLog(ctx.workspace);
  const result = await checkWorkspace(dayCtx, { cache: true });
  const ws = result.workspace;
  if (!ws) {
    await log;
    for (const d of result.diagnostics) ctx.io.err(`${findingLine(d, { lang: ctx.lang, style: ctx.style })}\n`);
    throw new CannotRunError('error.config-invalid');
  }
  const report = await statusOfCheck(ws, result, { log, day, cache: true });
  const { formatStatusJson } = await import('../format/status/status-json.js');
  const { formatJson } = await import('../format/json.js');
  const { evidenceManifest } = await import('../load/rollup/evidence-manifest.js');
  const { withUnits } = await import('../check/rollup/manifest-units.js');
  const { workspaceSnapshot } = await import('../check/rollup/workspace-snapshot.js');
  const summary = { ...result.summary, deadline: deadlineInfo(scheduleOf(ws.config), day) };
  const files = opts.packet ? withUnits(evidenceManifest(ws.root, ws.sources), ws.catalog, ws.units, ws.assignments) : [];
  const snapshot = workspaceSnapshot({
    ws,
    summary: result.summary,
    coverage: result.evidence?.coverage ?? new Map(),
    diagnostics: result.diagnostics,
    units: report.units,
    files,
    meta: {
      source,
      tool: packageVersion(),
      commit: head?.hash ?? null,
      commitDate: head?.date ?? null,
      generated: day,
      countedBy: 'verdicts',
    },
  });
  const coverage = result.evidence?.coverage ?? new Map();
  const bundles = opts.bundles
    ? await (
        await import('./pack-bundles.js')
      ).bundleEntries(ws, coverage, day, head ? { hash: head.hash, date: head.date, dirty: head.dirty } : null)
    : new Map<string, Buffer>();
  return {
    snapshot,
    bundles,
    status: opts.packet ? formatStatusJson(report, ctx.lang) : '',
    check: opts.packet ? formatJson(result.diagnostics, { lang: ctx.lang, style: PLAIN, summary, titles: new Map() }) : '',
  };
}
