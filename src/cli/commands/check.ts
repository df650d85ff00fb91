import path from 'node:path';
import { Option, type Command } from 'commander';
import { deadlineInfo, scheduleOf } from '../../model/deadline.js';
import { indicatorTitles } from '../../model/indicator-titles.js';
import { checkWorkspace } from '../check-workspace.js';
import { inputsKey, loadRun, problemEvidencePaths, saveRun, type CachedRun } from '../run-cache.js';
import { FORMAT_NAMES, FORMATTERS, PLAIN, type FormatName } from '../../format/index.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { today } from '../../util/dates.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { isWorkspace } from '../../load/workspace-root.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { progressBar } from '../progress.js';

interface CheckFlags {
  unit?: string;
  indicator?: string[];
  changed?: string;
  format: FormatName;
  cache: boolean;
  online?: boolean;
  onlineTimeout?: string;
  onlineAllowPrivate?: boolean;
}

/** --online-timeout in seconds, as milliseconds; a value that is not a positive number stops the run. */
function onlineTimeout(flags: CheckFlags): number | undefined {
  if (flags.onlineTimeout === undefined) return undefined;
  const seconds = Number(flags.onlineTimeout);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new CannotRunError('error.usage', { detail: `--online-timeout ${flags.onlineTimeout}` });
  return Math.round(seconds * 1000);
}

/** Print a run and pick the exit code. */
function report(ctx: CliContext, flags: CheckFlags, run: CachedRun): number {
  const summary = { ...run.summary, deadline: run.configBroken ? null : deadlineInfo(run.schedule, today(ctx.io.env)) };
  const style = flags.format === 'text' ? ctx.style : PLAIN;
  const titles = new Map(run.titles);
  ctx.io.out(
    FORMATTERS[flags.format](run.diagnostics, {
      lang: ctx.lang,
      style,
      summary,
      titles,
      verbose: ctx.verbose,
      changedSince: flags.changed,
      changes: run.changes,
      columns: ctx.columns,
    }),
  );
  if (run.configBroken) {
    ctx.io.err(`${ctx.style.error(t(ctx.lang, 'error.config-invalid'))}\n`);
    return EXIT.cannotRun;
  }
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

async function fullRun(ctx: CliContext, flags: CheckFlags): Promise<{ run: CachedRun; watch: string[] }> {
  const bar = progressBar(ctx.io.stderrIsTTY && flags.format === 'text', t(ctx.lang, 'progress.label'), ctx.io.err);
  const result = await checkWorkspace(ctx, {
    unit: flags.unit,
    indicators: flags.indicator,
    changedSince: flags.changed,
    cache: flags.cache,
    ...(flags.online ? { online: { timeoutMs: onlineTimeout(flags), allowPrivate: flags.onlineAllowPrivate === true } } : {}),
    onProgress: bar.update,
  });
  bar.end();
  const ws = result.workspace;
  const entries = (ws?.catalog.entries ?? []).filter((e) => !result.scope || result.scope.has(e.id));
  const run: CachedRun = {
    diagnostics: result.diagnostics,
    summary: result.summary,
    titles: [...indicatorTitles(entries)],
    schedule: ws ? scheduleOf(ws.config) : { monthlyDueDay: 4, stages: [] },
    configBroken: result.configBroken,
    ...(result.changes
      ? {
          changes: { newlyCovered: result.changes.newlyCovered, governing: result.changes.governing, touched: [...result.changes.touched] },
        }
      : {}),
  };
  return { run, watch: problemEvidencePaths(ws) };
}

export function registerCheck(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('check')
    .description(t(lang, 'help.cmd.check'))
    .option('--unit <unit>', t(lang, 'help.check.unit'))
    .option('--indicator <id...>', t(lang, 'help.check.indicator'))
    .option('--changed <git-ref>', t(lang, 'help.check.changed'))
    .addOption(new Option('--format <format>', t(lang, 'help.opt.format')).choices(FORMAT_NAMES).default('text'))
    .option('--online', t(lang, 'help.check.online'))
    .option('--online-timeout <seconds>', t(lang, 'help.check.online-timeout'))
    .option('--online-allow-private', t(lang, 'help.check.online-allow-private'))
    .option('--no-cache', t(lang, 'help.check.no-cache'))
    .action((flags: CheckFlags) =>
      runner(async (ctx) => {
        // --changed depends on git state, --online on the network: never served from the run cache.
        onlineTimeout(flags);
        const runCache = flags.cache && !flags.changed && !flags.online && isWorkspace(ctx.workspace);
        const optionsKey = JSON.stringify([flags.unit ?? null, flags.indicator ?? null]);
        // The day is an input: problem deadlines are judged against it.
        const inputs = runCache ? `${inputsKey(ctx.workspace)}\n${today(ctx.io.env)}` : '';
        const cached = runCache ? loadRun(ctx.workspace, optionsKey, inputs) : undefined;
        if (cached) return report(ctx, flags, cached);
        const { run, watch } = await fullRun(ctx, flags);
        if (runCache && !run.configBroken) saveRun(ctx.workspace, optionsKey, inputs, run, watch);
        return report(ctx, flags, run);
      }),
    );
}
