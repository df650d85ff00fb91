import path from 'node:path';
import { Option, type Command } from 'commander';
import type { StatusReport } from '../../check/status/report.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { findingLine } from '../../format/text.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { gitStateKey, type GitLog } from '../../load/git-history.js';
import type { CheckResult } from '../../check/run-check.js';
import type { Workspace } from '../../model/workspace.js';
import { monthlyDueDates, today } from '../../util/dates.js';
import { shownPath } from '../../util/paths.js';
import { checkWorkspace } from '../check-workspace.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { writePlan } from '../apply-writes.js';
import { isWorkspace } from '../../load/workspace-root.js';
import { progressBar } from '../progress.js';
import { requireUnit } from '../resolve-args.js';
import { inputsKey, loadRun, problemEvidencePaths, saveRun } from '../run-cache.js';

/** The options of `ledger status`. */
interface StatusFlags {
  unit?: string;
  /** unset: text, or nothing but the written page when --html is given */
  format?: 'text' | 'json' | 'markdown';
  html?: string;
  cache: boolean;
}

/** Check the workspace and read its history side by side (the check works in threads, git in processes). */
/** What building the overview reads of the flags (`notice` passes these too). */
type ReportFlags = Pick<StatusFlags, 'unit' | 'format' | 'cache'>;

async function buildReport(ctx: CliContext, flags: ReportFlags, day: string): Promise<{ report: StatusReport; watch: string[] }> {
  const { readGitLog } = await import('../../load/git-history.js');
  const log = readGitLog(ctx.workspace);
  // The progress bar of check, on a terminal, unless the output is for a program.
  const bar = progressBar(ctx.io.stderrIsTTY && (flags.format ?? 'text') === 'text', t(ctx.lang, 'progress.label'), ctx.io.err);
  const result = await checkWorkspace(ctx, { unit: flags.unit, cache: flags.cache, onProgress: bar.update });
  bar.end();
  const ws = result.workspace;
  if (!ws) {
    await log;
    for (const d of result.diagnostics) ctx.io.err(`${findingLine(d, { lang: ctx.lang, style: ctx.style })}\n`);
    throw new CannotRunError('error.config-invalid');
  }
  const report = await statusOfCheck(ws, result, { log, day, cache: flags.cache, unit: flags.unit });
  return { report, watch: problemEvidencePaths(ws) };
}

/**
 * The overview of a check run: history, returns and the 无进展 sides read, then buildStatusReport.
 * The one way to it: `status` and `pack` (its status.json) both come here.
 */
export async function statusOfCheck(
  ws: Workspace,
  result: CheckResult,
  opts: { log: Promise<GitLog>; day: string; cache: boolean; unit?: string },
): Promise<StatusReport> {
  const { readHistory } = await import('../../check/status/read-history.js');
  const { buildStatusReport, progressCommits } = await import('../../check/status/build-report.js');
  const { statusDeadline } = await import('../../model/deadline.js');
  const { day } = opts;
  const dueDates = monthlyDueDates(ws.config.cycle.start, day, ws.config.monthly_due_day);
  const history = await readHistory(ws.root, await opts.log, dueDates, opts.cache);
  const { loadReturns } = await import('../../load/load-returns.js');
  const { readProgressSides } = await import('../../check/status/read-own-progress.js');
  const commits = progressCommits(history, statusDeadline(ws.config, day).previousDue);
  return buildStatusReport({
    ws,
    returns: loadReturns(ws.root).returns,
    sides: commits && (await readProgressSides(ws.root, commits.before, commits.now, ws.units)),
    summary: result.summary,
    coverage: result.evidence?.coverage ?? new Map(),
    diagnostics: result.diagnostics,
    history,
    today: day,
    unit: opts.unit === undefined ? undefined : requireUnit(ws.units, opts.unit),
  });
}

/**
 * The overview, from the run cache when nothing it depends on changed: the workspace's files
 * (as for `check`), HEAD and the shallow state, and the day (deadlines count from it). `notice`
 * drafts its 通报 from this same report, so both name the same lagging units.
 */
export async function statusReport(ctx: CliContext, flags: ReportFlags): Promise<StatusReport> {
  const day = today(ctx.io.env);
  const useRunCache = flags.cache && isWorkspace(ctx.workspace);
  if (!useRunCache) return (await buildReport(ctx, flags, day)).report;
  const key = JSON.stringify(['status', flags.unit ?? null]);
  // git answers in its own process while the files are walked here.
  const head = gitStateKey(ctx.workspace);
  const files = inputsKey(ctx.workspace);
  const inputs = `${files}\n${await head}\n${day}`;
  const cached = loadRun<StatusReport>(ctx.workspace, key, inputs);
  if (cached) return cached;
  const built = await buildReport(ctx, flags, day);
  saveRun(ctx.workspace, key, inputs, built.report, built.watch);
  return built.report;
}

/** The overview in one of the formats; each formatter is loaded only when it is used. */
async function formatReport(r: StatusReport, format: 'text' | 'json' | 'markdown', ctx: CliContext): Promise<string> {
  if (format === 'json') return (await import('../../format/status/status-json.js')).formatStatusJson(r, ctx.lang);
  if (format === 'markdown') return (await import('../../format/status/status-markdown.js')).formatStatusMarkdown(r, ctx.lang);
  return (await import('../../format/status/status-text.js')).formatStatusText(r, {
    lang: ctx.lang,
    style: ctx.style,
    columns: ctx.columns,
  });
}

export function registerStatus(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('status')
    .description(t(lang, 'help.cmd.status'))
    .option('--unit <unit>', t(lang, 'help.status.unit'))
    .addOption(new Option('--format <format>', t(lang, 'help.opt.format')).choices(['text', 'json', 'markdown']))
    .option('--html <file>', t(lang, 'help.status.html'))
    .option('--no-cache', t(lang, 'help.check.no-cache'))
    .action((flags: StatusFlags) =>
      runner(async (ctx) => {
        const r = await statusReport(ctx, flags);
        const format = flags.format ?? (flags.html ? null : 'text');
        if (format) ctx.io.out(await formatReport(r, format, ctx));
        if (flags.html) {
          const { renderStatusHtml } = await import('../../format/status/status-html.js');
          const file = path.resolve(ctx.io.cwd, flags.html);
          const page = renderStatusHtml(r, ctx.lang);
          // The page is an output the user named: it replaces what is there.
          await writePlan(
            ctx,
            [{ file, data: page, before: { any: true } }],
            ctx.workspace,
            (e) => new CannotRunError('status.html-unwritable', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
          );
          const line = `${t(ctx.lang, 'status.wrote-html', { file: shownPath(ctx.io.cwd, file), kb: Math.ceil(Buffer.byteLength(page) / 1024) })}\n`;
          if (format) ctx.io.err(line);
          else ctx.io.out(line);
        }
        // status reports; check judges: 0 whenever the overview was produced (docs/命令.md).
        return EXIT.ok;
      }),
    );
}
