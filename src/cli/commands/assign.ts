import path from 'node:path';
import type { Command } from 'commander';
import type { AssignOutcome } from '../../edit/assign/plan-assign.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { say, t } from '../../i18n/messages.js';
import type { Workspace } from '../../model/workspace.js';
import { evidenceFolderOf } from '../../model/evidence-folder.js';
import { unitName } from '../../model/units.js';
import { WriteRefused } from '../../util/atomic-write.js';
import { evidenceFolderNames } from '../../load/workspace-root.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { requireUnit } from '../resolve-args.js';

/** The options of `ledger assign`. */
interface AssignFlags {
  unit: string;
  remove?: boolean;
  force?: boolean;
  dryRun?: boolean;
}

function outcomeLine(ctx: CliContext, ws: Workspace, o: AssignOutcome, unit: string): string {
  const args = { id: o.id, unit, role: o.role ?? '' };
  const line = t(ctx.lang, `assign.${o.kind}`, args);
  const paint = o.kind === 'added' ? ctx.style.ok : o.kind === 'removed' ? ctx.style.warning : ctx.style.dim;
  const tree =
    o.owner && o.kind === 'added'
      ? `\n${ctx.style.dim(t(ctx.lang, 'assign.merged', { owner: o.owner, folder: evidenceFolder(ws, o.owner) }))}`
      : '';
  return `${paint(line)}${tree}\n`;
}

/** `evidence/047` or the labelled folder on disk (`evidence/047-法治宣传`). */
function evidenceFolder(ws: Workspace, owner: string): string {
  return `evidence/${evidenceFolderOf(evidenceFolderNames(ws.root), owner)}`;
}

/** Whether the change just written leaves a generated CODEOWNERS asking the wrong people (as `check` would warn). */
async function codeownersStale(root: string): Promise<boolean> {
  const { loadWorkspace } = await import('../../load/load-workspace.js');
  const { loadEvidence } = await import('../../load/load-evidence.js');
  const { readCodeowners } = await import('../../load/load-codeowners.js');
  const { CODEOWNERS_FILES } = await import('../../model/codeowners-file.js');
  const { checkCodeowners } = await import('../../check/rules/codeowners-rules.js');
  const existing = readCodeowners(root, CODEOWNERS_FILES);
  const ws = existing.length ? loadWorkspace(root).workspace : null;
  return ws !== null && checkCodeowners(ws, loadEvidence(ws.root, ws.sources).folders, existing).length > 0;
}

export function registerAssign(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('assign')
    .description(t(lang, 'help.cmd.assign'))
    .argument('<id...>', t(lang, 'help.assign.ids'))
    .requiredOption('--unit <unit>', t(lang, 'help.assign.unit'))
    .option('--remove', t(lang, 'help.assign.remove'))
    .option('--force', t(lang, 'help.assign.force'))
    .option('--dry-run', t(lang, 'help.assign.dry-run'))
    .action((ids: string[], flags: AssignFlags) =>
      runner(async (ctx) => {
        const { loadWorkspace } = await import('../../load/load-workspace.js');
        const { planAssign } = await import('../../edit/assign/plan-assign.js');
        const ws = loadWorkspace(ctx.workspace).workspace;
        if (!ws) throw new CannotRunError('error.config-invalid');
        // Which units and groups exist is what the refusals rest on: not guessed from a broken units.yaml.
        if (!ws.unitsFile) throw new CannotRunError('assign.units-broken');
        const unit = requireUnit(ws.units, flags.unit);
        const name = unitName(ws.units, unit);
        const { unitAssignmentsFile } = await import('../../edit/assign/unit-file.js');
        const file = unitAssignmentsFile(ws, unit);
        const plan = planAssign(ws, { unit, ids, remove: flags.remove === true, force: flags.force === true }, file);
        if (plan.problems.length) {
          for (const p of plan.problems) ctx.io.err(`${ctx.style.error('✖')} ${say(ctx.lang, p)}\n`);
          ctx.io.err(`${ctx.style.error(t(ctx.lang, 'assign.refused', { count: plan.problems.length }))}\n`);
          return EXIT.cannotRun;
        }
        for (const o of plan.outcomes) ctx.io.out(outcomeLine(ctx, ws, o, name));
        const changed = !file.exists || (plan.edit !== null && plan.after !== file.text);
        if (!changed) {
          ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'assign.unchanged', { file: file.file }))}\n`);
          return EXIT.ok;
        }
        if (flags.dryRun) {
          ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'assign.dry-run', { file: file.file }))}\n`);
          const added = file.exists ? plan.edit!.added : plan.after.split('\n').slice(0, -1);
          for (const l of plan.edit?.removed ?? []) ctx.io.out(`${ctx.style.error(`- ${l}`)}\n`);
          for (const l of added) ctx.io.out(`${ctx.style.ok(`+ ${l}`)}\n`);
          return EXIT.ok;
        }
        // Created only if still absent, replaced only if it still holds what was planned on: never over an edit made meanwhile.
        const abs = path.join(ws.root, ...file.file.split('/'));
        await writePlan(
          ctx,
          [{ file: abs, data: plan.after, before: file.exists ? { text: file.text } : { absent: true } }],
          ws.root,
          (e) => (e instanceof WriteRefused ? new CannotRunError('assign.concurrent-edit', { file: file.file }) : undefined),
        );
        if (!file.exists) {
          ctx.io.out(`${ctx.style.ok(t(ctx.lang, 'assign.created', { file: file.file }))}\n`);
          if (await codeownersStale(ctx.workspace)) ctx.io.out(`${t(ctx.lang, 'assign.codeowners-stale')}\n`);
          return EXIT.ok;
        }
        ctx.io.out(`${ctx.style.ok(t(ctx.lang, 'assign.written', { file: file.file }))}\n`);
        if (await codeownersStale(ctx.workspace)) ctx.io.out(`${t(ctx.lang, 'assign.codeowners-stale')}\n`);
        return EXIT.ok;
      }),
    );
}
