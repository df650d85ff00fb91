import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Workspace } from '../../load/load-workspace.js';
import type { UnitPlan } from '../../edit/unit/unit-plan.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
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

const reader =
  (root: string) =>
  (rel: string): string | null => {
    const abs = path.join(root, ...rel.split('/'));
    return fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : null;
  };

/** Print the plan; apply its writes (atomically, each file) unless refused or --dry-run. */
function apply(ctx: CliContext, root: string, plan: UnitPlan, dryRun: boolean): number {
  if (plan.refusals.length) {
    ctx.io.err(`${ctx.style.error(t(ctx.lang, 'unit.refused'))}\n`);
    for (const r of plan.refusals) ctx.io.err(`${ctx.style.error('✖')} ${t(ctx.lang, r.key, r.args)}\n`);
    return EXIT.cannotRun;
  }
  for (const c of plan.changes) ctx.io.out(`${t(ctx.lang, c.key, c.args)}\n`);
  if (dryRun) {
    ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'unit.dry-run'))}\n`);
    return EXIT.ok;
  }
  // New content first, deletions last: an interrupted merge leaves both files, never neither.
  for (const w of plan.writes) if (w.content !== null) writeFileAtomic(path.join(root, ...w.path.split('/')), w.content);
  for (const w of plan.writes) if (w.content === null) fs.rmSync(path.join(root, ...w.path.split('/')), { force: true });
  ctx.io.out(`${t(ctx.lang, 'unit.written', { count: plan.writes.length })}\n`);
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
        return apply(ctx, ws.root, planUnitAdd(ws, req, reader(ws.root)), flags.dryRun === true);
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
        return apply(ctx, ws.root, planUnitRename(ws, id, name, reader(ws.root)), flags.dryRun === true);
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
        return apply(ctx, ws.root, planUnitMerge(ws, from, to, reader(ws.root)), flags.dryRun === true);
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
        return apply(ctx, ws.root, planUnitRemove(ws, id, reader(ws.root)), flags.dryRun === true);
      }),
    );
}
