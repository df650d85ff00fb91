import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { findingLine } from '../../format/text.js';
import { parseRemindTemplate, isTemplateError, type RemindTemplate } from '../../format/remind/remind-template.js';
import { DEFAULT_REMIND_TEMPLATE, REMIND_PLACEHOLDERS, REMIND_TEMPLATE_FILE } from '../../model/remind-template.js';
import type { Reminders } from '../../check/remind/reminders.js';
import type { LedgerConfig } from '../../model/schemas/ledger-config.js';
import { isWorkspace } from '../../load/workspace-root.js';
import { today } from '../../util/dates.js';
import { checkWorkspace } from '../check-workspace.js';
import type { CliContext } from '../context.js';
import { requireUnit } from '../resolve-args.js';
import { inputsKey, loadRun, problemEvidencePaths, saveRun } from '../run-cache.js';

interface RemindFlags {
  unit?: string | undefined;
  cache: boolean;
  daysBefore: number;
}

/** What sending needs besides the reminders: the workspace folder and its settings. */
export interface RunReminders {
  root: string;
  config: LedgerConfig;
  reminders: Reminders;
}

/**
 * The reminders, from the run cache when nothing they depend on changed (the workspace's files as
 * for `check`, and the day: deadlines count from it); the template and the record of sends are
 * read afresh each time, they do not change what a unit must do.
 */
export async function runReminders(ctx: CliContext, flags: RemindFlags): Promise<RunReminders> {
  if (!flags.cache || !isWorkspace(ctx.workspace)) return buildRunReminders(ctx, flags);
  const day = today(ctx.io.env);
  const key = JSON.stringify(['remind', flags.unit ?? null, flags.daysBefore]);
  const inputs = `${inputsKey(ctx.workspace)}\n${day}`;
  const cached = loadRun<RunReminders>(ctx.workspace, key, inputs);
  if (cached) return { ...cached, root: ctx.workspace };
  const built = await buildRunReminders(ctx, flags);
  saveRun(ctx.workspace, key, inputs, built, built.watch);
  return built;
}

/**
 * One check run and the overview built from it (status's computations; the git history is not
 * needed), then each unit's reminder from those.
 */
async function buildRunReminders(ctx: CliContext, flags: RemindFlags): Promise<RunReminders & { watch: string[] }> {
  const result = await checkWorkspace(ctx, { unit: flags.unit, cache: flags.cache });
  const ws = result.workspace;
  if (!ws) {
    for (const d of result.diagnostics) ctx.io.err(`${findingLine(d, { lang: ctx.lang, style: ctx.style })}\n`);
    throw new CannotRunError('error.config-invalid');
  }
  const { buildStatusReport } = await import('../../check/status/build-report.js');
  const { loadReturns } = await import('../../load/load-returns.js');
  const { buildReminders } = await import('../../check/remind/reminders.js');
  const day = today(ctx.io.env);
  const unit = flags.unit === undefined ? undefined : requireUnit(ws.units, flags.unit);
  const report = buildStatusReport({
    ws,
    returns: loadReturns(ws.root).returns,
    summary: result.summary,
    coverage: result.evidence?.coverage ?? new Map(),
    diagnostics: result.diagnostics,
    // Reminders need no trend: the history is not read.
    history: { state: 'no-commits', detail: '', shallow: false, commits: [], boundary: new Set(), points: [], head: null },
    today: day,
    unit,
  });
  return {
    root: ws.root,
    config: ws.config,
    reminders: buildReminders({ ws, report, diagnostics: result.diagnostics, daysBefore: flags.daysBefore, unit }),
    watch: problemEvidencePaths(ws),
  };
}

/** The workspace's template (templates/remind.md), or the built-in one in the user's language. */
export async function remindTemplate(ctx: CliContext, root: string): Promise<RemindTemplate> {
  const { loadRemindTemplate } = await import('../../load/load-remind-template.js');
  const loaded = loadRemindTemplate(root);
  if ('error' in loaded) throw new CannotRunError('remind.template-unreadable', { file: REMIND_TEMPLATE_FILE, detail: loaded.error });
  const parsed = parseRemindTemplate(loaded.text ?? DEFAULT_REMIND_TEMPLATE[ctx.lang]);
  if (isTemplateError(parsed))
    throw new CannotRunError('remind.template-unknown', {
      file: loaded.text === null ? '(built-in)' : REMIND_TEMPLATE_FILE,
      line: parsed.line,
      placeholder: parsed.placeholder,
      known: [...REMIND_PLACEHOLDERS],
    });
  return parsed;
}
