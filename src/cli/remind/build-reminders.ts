import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { findingLine } from '../../format/text.js';
import { parseRemindTemplate, isTemplateError, type RemindTemplate } from '../../format/remind/remind-template.js';
import { DEFAULT_REMIND_TEMPLATE, REMIND_PLACEHOLDERS, REMIND_TEMPLATE_FILE } from '../../model/remind-template.js';
import type { Reminders } from '../../check/remind/reminders.js';
import type { Workspace } from '../../model/workspace.js';
import { today } from '../../util/dates.js';
import { checkWorkspace } from '../check-workspace.js';
import type { CliContext } from '../context.js';
import { requireUnit } from '../resolve-args.js';

/**
 * One check run and the overview built from it (status's computations; the git history is not
 * needed), then each unit's reminder from those.
 */
export async function buildRunReminders(
  ctx: CliContext,
  flags: { unit?: string | undefined; cache: boolean; daysBefore: number },
): Promise<{ ws: Workspace; reminders: Reminders }> {
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
  return { ws, reminders: buildReminders({ ws, report, diagnostics: result.diagnostics, daysBefore: flags.daysBefore, unit }) };
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
