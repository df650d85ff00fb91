import path from 'node:path';
import type { Command } from 'commander';
import type { AddItem } from '../../edit/add/plan-add.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { renderDiagnostic } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { say, t } from '../../i18n/messages.js';
import { evidenceOwner, materialsOf } from '../../model/catalog.js';
import { circled } from '../../model/material-numbers.js';
import { WriteRefused } from '../../util/atomic-write.js';
import { relPath } from '../../util/paths.js';
import { checkWorkspace } from '../check-workspace.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { parseMaterialTarget, requireIndicator, requireUnit } from '../resolve-args.js';
import { shareRule } from '../../model/unit-share.js';
import { unitName } from '../../model/units.js';

/** The options of `ledger add`. */
interface AddFlags {
  to: string;
  unit?: string;
  label?: string;
  dryRun?: boolean;
}

/** `9/2`, `009/2`, `9/②` → indicator input and material number (a file covers one material: `9` alone is refused). */
function parseTarget(to: string): { id: string; material: number } {
  const parsed = parseMaterialTarget(to);
  if (!parsed || parsed.material === null) throw new CannotRunError('add.bad-target', { to });
  return { id: parsed.id, material: parsed.material };
}

function refusalText(ctx: CliContext, r: AddItem['refusals'][number]): string {
  return 'diagnostic' in r ? renderDiagnostic(r.diagnostic, ctx.lang) : say(ctx.lang, r);
}

export function registerAdd(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('add')
    .description(t(lang, 'help.cmd.add'))
    .argument('<files...>', t(lang, 'help.add.files'))
    .requiredOption('--to <id/material>', t(lang, 'help.add.to'))
    .option('--label <name>', t(lang, 'help.add.label'))
    .option('--unit <unit>', t(lang, 'help.add.unit'))
    .option('--dry-run', t(lang, 'help.add.dry-run'))
    .action((files: string[], flags: AddFlags) =>
      runner(async (ctx) => {
        const target = parseTarget(flags.to);
        const result = await checkWorkspace(ctx);
        const ws = result.workspace;
        if (!ws || !result.evidence) throw new CannotRunError('error.config-invalid');
        const id = requireIndicator(ws.catalog, target.id);
        const entry = ws.catalog.byId.get(id)!;
        const count = materialsOf(ws.catalog, entry).length;
        if (count === 0) throw new CannotRunError('add.no-materials', { id });
        if (target.material > count) throw new CannotRunError('add.no-such-material', { id, count, material: target.material });
        const owner = evidenceOwner(entry);
        if (owner !== id) ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'add.merged', { id, owner }))}\n`);

        // Whose share the files are (model/unit-share.ts): the unit's own folder, never a unit that does not carry it.
        const carriers = shareRule(ws).carriers.get(owner) ?? [];
        const names = carriers.map((u) => unitName(ws.units, u)).join(ctx.lang === 'zh' ? '、' : ', ') || '—';
        const unit = flags.unit !== undefined ? requireUnit(ws.units, flags.unit) : undefined;
        if (unit !== undefined && !carriers.includes(unit))
          throw new CannotRunError('add.unit-not-carrier', { unit: unitName(ws.units, unit), id, carriers: names });
        if (unit === undefined && carriers.length > 1)
          ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'add.shared-hint', { id: owner, carriers: names }))}\n`);

        const { loadEvidence } = await import('../../load/load-evidence.js');
        const { planAdd } = await import('../../edit/add/plan-add.js');
        const tree = loadEvidence(ws.root, ws.sources);
        const coverage = result.evidence.coverage.get(owner)?.materials.find((m) => m.no === target.material);
        const items = await planAdd(ws, tree, {
          files: files.map((f) => path.resolve(ctx.io.cwd, f)),
          owner,
          ...(unit !== undefined ? { unit } : {}),
          material: target.material,
          ...(flags.label !== undefined ? { label: flags.label } : {}),
          coverage,
        });
        const show = (abs: string): string => relPath(ctx.io.cwd, abs) || abs;
        const refused = items.filter((i) => i.refusals.length > 0);
        if (refused.length) {
          ctx.io.err(`${ctx.style.error(t(ctx.lang, 'add.refused', { count: refused.length }))}\n`);
          for (const i of refused)
            for (const r of i.refusals)
              ctx.io.err(`${t(ctx.lang, 'add.refused.item', { file: show(i.source), reason: refusalText(ctx, r) })}\n`);
          return EXIT.findings;
        }
        // Every file as one set, each created only where nothing is: all filed, or none.
        if (!flags.dryRun)
          await writePlan(
            ctx,
            items.map((i) => ({ file: path.join(ws.root, ...i.target.split('/')), data: { copyOf: i.source }, before: { absent: true } })),
            ws.root,
            (e) =>
              e instanceof WriteRefused
                ? new CannotRunError('bundle.exists', { file: path.relative(ws.root, e.file).split(path.sep).join('/') })
                : undefined,
          );
        for (const i of items) {
          ctx.io.out(`${t(ctx.lang, flags.dryRun ? 'add.would-file' : 'add.filed', { from: show(i.source), to: i.target })}\n`);
          if (i.taken) ctx.io.out(`${t(ctx.lang, 'add.renamed', { name: i.taken.split('/').pop()!, used: i.target.split('/').pop()! })}\n`);
          for (const w of i.warnings)
            ctx.io.out(
              `${ctx.style.warning(t(ctx.lang, 'add.warning.item', { file: i.target, reason: renderDiagnostic(w, ctx.lang) }))}\n`,
            );
        }
        // What the indicator still lacks, as the check now sees it (a dry run counts the target as done).
        const after = flags.dryRun ? result : await checkWorkspace(ctx);
        const added = new Set(items.map((i) => i.target));
        for (const d of after.diagnostics) {
          if (flags.dryRun || d.severity !== 'error' || !d.file || !added.has(d.file)) continue;
          ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'add.warning.item', { file: d.file, reason: renderDiagnostic(d, ctx.lang) }))}\n`);
        }
        const lacking = (after.evidence?.coverage.get(owner)?.materials ?? []).filter(
          (m) => !m.covered && !(flags.dryRun && m.no === target.material),
        );
        if (lacking.length === 0) ctx.io.out(`${ctx.style.ok(t(ctx.lang, 'add.complete', { id }))}\n`);
        else {
          const list = lacking
            .map((m) => t(ctx.lang, 'add.lacks.item', { no: circled(m.no), text: m.text }))
            .join(ctx.lang === 'zh' ? '；' : '; ');
          ctx.io.out(`${t(ctx.lang, 'add.lacks', { id, materials: list })}\n`);
        }
        if (flags.dryRun) ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'add.dry-run'))}\n`);
        return EXIT.ok;
      }),
    );
}
