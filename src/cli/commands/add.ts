import path from 'node:path';
import type { Command } from 'commander';
import type { AddItem } from '../../edit/add/plan-add.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { renderDiagnostic } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { say, t, type MessageCall } from '../../i18n/messages.js';
import type { Workspace } from '../../model/workspace.js';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { isCalendarDate } from '../../util/dates.js';
import { evidenceOwner, materialsOf } from '../../model/catalog.js';
import { circled } from '../../model/material-numbers.js';
import { WriteRefused } from '../../util/atomic-write.js';
import { relPath } from '../../util/paths.js';
import { checkWorkspace } from '../check-workspace.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { parseMaterialTarget, requireIndicator, requireUnit } from '../resolve-args.js';
import { unitsCarryingFolder } from '../../model/responsibility.js';
import { unitName } from '../../model/units.js';

/** The options of `ledger add`. */
interface AddFlags {
  to: string;
  unit?: string;
  label?: string;
  dryRun?: boolean;
  /** a news link instead of files, with its headline, date and source */
  link?: string;
  title?: string;
  date?: string;
  source?: string;
}

/** `9/2`, `009/2`, `9/②` → indicator input and material number (a file covers one material: `9` alone is refused). */
function parseTarget(to: string): { id: string; material: number } {
  const parsed = parseMaterialTarget(to);
  if (!parsed || parsed.material === null) throw new CannotRunError('add.bad-target', { to });
  return { id: parsed.id, material: parsed.material };
}

/** The folder a target's material is filed in (a merged indicator's at the one holding it), or refuse to run. */
function ownerOf(ctx: CliContext, ws: Workspace, target: { id: string; material: number }): { id: string; owner: string } {
  const id = requireIndicator(ws.catalog, target.id);
  const entry = ws.catalog.byId.get(id)!;
  const count = materialsOf(ws.catalog, entry).length;
  if (count === 0) throw new CannotRunError('add.no-materials', { id });
  if (target.material > count) throw new CannotRunError('add.no-such-material', { id, count, material: target.material });
  const owner = evidenceOwner(entry);
  if (owner !== id) ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'add.merged', { id, owner }))}\n`);
  return { id, owner };
}

/** The news link the flags give, or refuse to run: no files beside it, a headline, a real date. */
function linkOf(files: string[], flags: AddFlags): NewsLink {
  if (files.length) throw new CannotRunError('add.link.with-files');
  const title = flags.title?.trim();
  if (!title) throw new CannotRunError('add.link.title-needed');
  if (flags.date === undefined) throw new CannotRunError('add.link.date-needed');
  if (!isCalendarDate(flags.date.trim())) throw new CannotRunError('add.link.bad-date', { date: flags.date });
  const source = flags.source?.trim();
  return { url: flags.link!.trim(), title, date: flags.date.trim(), ...(source ? { source } : {}) };
}

/** `add --link`: one news link appended to the material's `links:` in index.yaml, through the YAML editor and the one writer. */
async function recordLink(ctx: CliContext, files: string[], flags: AddFlags): Promise<number> {
  const link = linkOf(files, flags);
  const target = parseTarget(flags.to);
  const result = await checkWorkspace(ctx);
  const ws = result.workspace;
  if (!ws || !result.evidence) throw new CannotRunError('error.config-invalid');
  const { id, owner } = ownerOf(ctx, ws, target);
  const { loadEvidence } = await import('../../load/load-evidence.js');
  const { linkRefusal } = await import('../../edit/add/plan-link.js');
  const refusal = linkRefusal(loadEvidence(ws.root, ws.sources).exceptions, { owner, material: target.material }, link);
  if (refusal) throw new CannotRunError(...([refusal.key, refusal.args] as MessageCall));
  const { BROKEN_INDEX, reviewIndexFile } = await import('../../edit/review/index-file.js');
  const broken = new Set(result.diagnostics.filter((d) => d.file && BROKEN_INDEX.has(d.code)).map((d) => d.file!));
  let index: ReturnType<typeof reviewIndexFile>;
  try {
    index = reviewIndexFile(ws, owner, broken);
  } catch (e) {
    // The same checks as review's, worded for a link.
    const file = e instanceof CannotRunError ? String(e.args.file) : '';
    if (e instanceof CannotRunError && e.key === 'review.index-broken') throw new CannotRunError('add.link.index-broken', { file });
    if (e instanceof CannotRunError && e.key === 'review.index-outside') throw new CannotRunError('add.link.index-outside', { file });
    throw e;
  }
  const { appendNewsLink } = await import('../../edit/yaml/link-yaml.js');
  const { keepLineEndings } = await import('../../util/line-endings.js');
  const after = appendNewsLink(index.before, target.material, link, t(ctx.lang, 'review.index-header', { id: owner }));
  const data = index.before === null ? after : keepLineEndings(index.before, after);
  if (!flags.dryRun)
    await writePlan(ctx, [{ file: index.abs, data, before: index.before === null ? { absent: true } : { text: index.before } }], ws.root);
  const words = { id, no: circled(target.material), title: link.title, date: link.date, file: index.rel };
  ctx.io.out(`${t(ctx.lang, flags.dryRun ? 'add.link.would-record' : 'add.link.recorded', words)}\n`);
  if (link.date < ws.config.evidence_since)
    ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'add.link.too-old', { date: link.date, since: ws.config.evidence_since }))}\n`);
  return EXIT.ok;
}

function refusalText(ctx: CliContext, r: AddItem['refusals'][number]): string {
  return 'diagnostic' in r ? renderDiagnostic(r.diagnostic, ctx.lang) : say(ctx.lang, r);
}

export function registerAdd(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('add')
    .description(t(lang, 'help.cmd.add'))
    .argument('[files...]', t(lang, 'help.add.files'))
    .requiredOption('--to <id/material>', t(lang, 'help.add.to'))
    .option('--label <name>', t(lang, 'help.add.label'))
    .option('--unit <unit>', t(lang, 'help.add.unit'))
    .option('--link <url>', t(lang, 'help.add.link'))
    .option('--title <title>', t(lang, 'help.add.title'))
    .option('--date <YYYY-MM-DD>', t(lang, 'help.add.date'))
    .option('--source <media>', t(lang, 'help.add.source'))
    .option('--dry-run', t(lang, 'help.add.dry-run'))
    .action((files: string[], flags: AddFlags) =>
      runner(async (ctx) => {
        if (flags.link !== undefined) return recordLink(ctx, files, flags);
        if (flags.title !== undefined || flags.date !== undefined || flags.source !== undefined)
          throw new CannotRunError('add.link.flags-without-link');
        if (files.length === 0) throw new CannotRunError('add.files-or-link');
        const target = parseTarget(flags.to);
        const result = await checkWorkspace(ctx);
        const ws = result.workspace;
        if (!ws || !result.evidence) throw new CannotRunError('error.config-invalid');
        const { id, owner } = ownerOf(ctx, ws, target);

        // Whose share the files are (model/unit-share.ts): the unit's own folder, never a unit that does not carry it.
        const carriers = unitsCarryingFolder(ws.catalog, ws.assignments, owner);
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
