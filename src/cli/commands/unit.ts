import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { say, t } from '../../i18n/messages.js';
import type { Workspace } from '../../model/workspace.js';
import type { UnitPlan } from '../../edit/unit/unit-plan.js';
import type { ReadText } from '../../edit/unit/plan-unit-merge.js';
import { writePlanAndRemove } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { requireUnit } from '../resolve-args.js';

interface DryRun {
  dryRun?: boolean;
}
interface AddFlags extends DryRun {
  id: string;
  alias?: string[];
  kind?: string;
  group?: string[];
}

async function workspaceOf(ctx: CliContext): Promise<Workspace> {
  const { loadWorkspace } = await import('../../load/load-workspace.js');
  const ws = loadWorkspace(ctx.workspace).workspace;
  if (!ws) throw new CannotRunError('error.config-invalid');
  if (!ws.unitsFile) throw new CannotRunError('assign.units-broken');
  return ws;
}

/** Print the plan; apply its writes (one set, then its deletions) unless refused or --dry-run. */
async function apply(ctx: CliContext, root: string, plan: (read: ReadText) => UnitPlan, dryRun: boolean): Promise<number> {
  const { recordingReader, fileChanges } = await import('../../edit/file-changes.js');
  const reader = recordingReader(root);
  const p = plan(reader.read);
  if (p.refusals.length) {
    ctx.io.err(`${ctx.style.error(t(ctx.lang, 'unit.refused'))}\n`);
    for (const r of p.refusals) ctx.io.err(`${ctx.style.error('✖')} ${say(ctx.lang, r)}\n`);
    return EXIT.cannotRun;
  }
  for (const c of p.changes) ctx.io.out(`${say(ctx.lang, c)}\n`);
  if (dryRun) {
    ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'unit.dry-run'))}\n`);
    return EXIT.ok;
  }
  // New content first as one set, deletions last: an interrupted merge leaves both files, never neither.
  const { writes, removals } = fileChanges(root, p.writes, reader);
  await writePlanAndRemove(ctx, writes, removals);
  ctx.io.out(`${t(ctx.lang, 'unit.written', { count: p.writes.length })}\n`);
  return EXIT.ok;
}

export function registerUnit(program: Command, lang: Lang, runner: Runner): void {
  const unit = program.command('unit').description(t(lang, 'help.cmd.unit'));
  unit
    .command('add <name>')
    .description(t(lang, 'help.unit.add'))
    .requiredOption('--id <id>', t(lang, 'help.unit.id'))
    .option('--alias <names...>', t(lang, 'help.unit.alias'))
    .option('--kind <kind>', t(lang, 'help.unit.kind'))
    .option('--group <groups...>', t(lang, 'help.unit.group'))
    .option('--dry-run', t(lang, 'help.unit.dry-run'))
    .action((name: string, flags: AddFlags) =>
      runner(async (ctx) => {
        const ws = await workspaceOf(ctx);
        const { planUnitAdd } = await import('../../edit/unit/plan-unit-change.js');
        const req = { id: flags.id, name, aliases: flags.alias ?? [], kind: flags.kind, groups: flags.group ?? [] };
        return apply(ctx, ws.root, (read) => planUnitAdd(ws, req, read), flags.dryRun === true);
      }),
    );
  unit
    .command('rename <unit> <new-name>')
    .description(t(lang, 'help.unit.rename'))
    .option('--dry-run', t(lang, 'help.unit.dry-run'))
    .action((input: string, name: string, flags: DryRun) =>
      runner(async (ctx) => {
        const ws = await workspaceOf(ctx);
        const { planUnitRename } = await import('../../edit/unit/plan-unit-change.js');
        const id = requireUnit(ws.units, input);
        return apply(ctx, ws.root, (read) => planUnitRename(ws, id, name, read), flags.dryRun === true);
      }),
    );
  unit
    .command('merge <unit>')
    .description(t(lang, 'help.unit.merge'))
    .requiredOption('--into <unit>', t(lang, 'help.unit.into'))
    .option('--dry-run', t(lang, 'help.unit.dry-run'))
    .action((input: string, flags: DryRun & { into: string }) =>
      runner(async (ctx) => {
        const ws = await workspaceOf(ctx);
        const { planUnitMerge } = await import('../../edit/unit/plan-unit-merge.js');
        const from = requireUnit(ws.units, input);
        const to = requireUnit(ws.units, flags.into);
        return apply(ctx, ws.root, (read) => planUnitMerge(ws, from, to, read), flags.dryRun === true);
      }),
    );
  unit
    .command('remove <unit>')
    .description(t(lang, 'help.unit.remove'))
    .option('--dry-run', t(lang, 'help.unit.dry-run'))
    .action((input: string, flags: DryRun) =>
      runner(async (ctx) => {
        const ws = await workspaceOf(ctx);
        const { planUnitRemove } = await import('../../edit/unit/plan-unit-change.js');
        const id = requireUnit(ws.units, input);
        return apply(ctx, ws.root, (read) => planUnitRemove(ws, id, read), flags.dryRun === true);
      }),
    );
}
