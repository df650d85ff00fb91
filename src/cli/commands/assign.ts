import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { AssignFile, AssignOutcome } from '../../check/assign/plan-assign.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Workspace } from '../../load/load-workspace.js';
import { folderIdFor } from '../../model/indicator-id.js';
import { unitName } from '../../model/units.js';
import { writeFileAtomic, writeFileIfAbsent } from '../../util/atomic-write.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { requireUnit } from '../resolve-args.js';

/** The options of `ledger assign`. */
interface AssignFlags {
  unit: string;
  remove?: boolean;
  force?: boolean;
  dryRun?: boolean;
}

/** The unit's assignments file: the one on disk (.yaml or .yml), else the text `init` would have written for it. */
async function unitFile(ws: Workspace, unit: string): Promise<AssignFile> {
  const listed = ws.assignments.find((a) => a.fileUnit === unit)?.file;
  const onDisk = listed ?? [`assignments/${unit}.yaml`, `assignments/${unit}.yml`].find((f) => fs.existsSync(path.join(ws.root, f)));
  if (onDisk) return { file: onDisk, text: fs.readFileSync(path.join(ws.root, onDisk), 'utf8'), exists: true };
  const { assignmentsYaml } = await import('../../edit/init/assignments-template.js');
  const { indicatorsNaming } = await import('../../model/responsibility.js');
  const text = assignmentsYaml(ws.units.byId.get(unit)!, indicatorsNaming(ws.catalog.entries, unit));
  return { file: `assignments/${unit}.yaml`, text, exists: false };
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
  const bare = folderIdFor(owner);
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(ws.root, 'evidence'));
  } catch {
    /* no evidence folder yet */
  }
  return `evidence/${names.find((n) => n === bare || n.startsWith(`${bare}-`)) ?? bare}`;
}

/** Whether the change just written leaves a generated CODEOWNERS asking the wrong people (as `check` would warn). */
async function codeownersStale(root: string): Promise<boolean> {
  const { loadWorkspace } = await import('../../load/load-workspace.js');
  const { loadEvidence } = await import('../../load/load-evidence.js');
  const { readCodeowners } = await import('../../load/load-codeowners.js');
  const { CODEOWNERS_FILES } = await import('../../check/codeowners/codeowners-text.js');
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
        const { planAssign } = await import('../../check/assign/plan-assign.js');
        const ws = loadWorkspace(ctx.workspace).workspace;
        if (!ws) throw new CannotRunError('error.config-invalid');
        // Which units and groups exist is what the refusals rest on: not guessed from a broken units.yaml.
        if (!ws.unitsFile) throw new CannotRunError('assign.units-broken');
        const unit = requireUnit(ws.units, flags.unit);
        const name = unitName(ws.units, unit);
        const file = await unitFile(ws, unit);
        const plan = planAssign(ws, { unit, ids, remove: flags.remove === true, force: flags.force === true }, file);
        if (plan.problems.length) {
          for (const p of plan.problems) ctx.io.err(`${ctx.style.error('✖')} ${t(ctx.lang, p.key, p.args)}\n`);
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
        const abs = path.join(ws.root, ...file.file.split('/'));
        if (!file.exists) {
          fs.mkdirSync(path.dirname(abs), { recursive: true });
          if (!writeFileIfAbsent(abs, plan.after)) throw new CannotRunError('assign.concurrent-edit', { file: file.file });
          ctx.io.out(`${ctx.style.ok(t(ctx.lang, 'assign.created', { file: file.file }))}\n`);
          if (await codeownersStale(ctx.workspace)) ctx.io.out(`${t(ctx.lang, 'assign.codeowners-stale')}\n`);
          return EXIT.ok;
        }
        // The file must still be what was planned on: never overwrite an edit made meanwhile.
        if (fs.readFileSync(abs, 'utf8') !== file.text) throw new CannotRunError('assign.concurrent-edit', { file: file.file });
        writeFileAtomic(abs, plan.after);
        ctx.io.out(`${ctx.style.ok(t(ctx.lang, 'assign.written', { file: file.file }))}\n`);
        if (await codeownersStale(ctx.workspace)) ctx.io.out(`${t(ctx.lang, 'assign.codeowners-stale')}\n`);
        return EXIT.ok;
      }),
    );
}
