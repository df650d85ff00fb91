import { Option, type Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { catalogUpdateReport } from '../catalog-update-report.js';
import { requireCatalogSource } from '../catalog-source.js';

/** `ledger catalog` (show the pinned catalog) and `ledger catalog update <source>`. */
export function registerCatalog(program: Command, lang: Lang, runner: Runner): void {
  const catalog = program
    .command('catalog')
    .description(t(lang, 'help.cmd.catalog'))
    .addOption(new Option('--format <format>', t(lang, 'help.opt.format')).choices(['text', 'json']).default('text'))
    .action((flags: { format: 'text' | 'json' }) => runner((ctx) => showCatalog(ctx, flags.format)));
  catalog
    .command('update <source>')
    .description(t(lang, 'help.cmd.catalog-update'))
    .option('--dry-run', t(lang, 'help.catalog.dry-run'))
    .action((source: string, flags: { dryRun?: boolean }) => runner((ctx) => updateCatalog(ctx, source, flags.dryRun === true)));
}

async function showCatalog(ctx: CliContext, format: 'text' | 'json'): Promise<number> {
  const { isWorkspace } = await import('../../load/workspace-root.js');
  const { catalogFacts } = await import('../../load/catalog-facts.js');
  const facts = catalogFacts(isWorkspace(ctx.workspace) ? ctx.workspace : null);
  if (format === 'json') {
    ctx.io.out(`${JSON.stringify(facts, null, 2)}\n`);
    return EXIT.ok;
  }
  ctx.io.out(`${t(ctx.lang, 'catalog.show', { ...facts.catalog, where: facts.where, ...facts.counts })}\n`);
  if (facts.newer)
    ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'catalog.show.newer', { newer: facts.newer.label, where: facts.newer.where }))}\n`);
  return EXIT.ok;
}

async function updateCatalog(ctx: CliContext, source: string, dryRun: boolean): Promise<number> {
  const { loadWorkspace } = await import('../../load/load-workspace.js');
  const { loadEvidence } = await import('../../load/load-evidence.js');
  const { planCatalogUpdate } = await import('../../edit/catalog/plan-catalog-update.js');
  const { recordingReader, fileChanges } = await import('../../edit/file-changes.js');
  const { catalogLabel } = await import('../../model/catalog-identity.js');
  // The source first: a wrong argument is answered before the workspace is read.
  const next = await requireCatalogSource(source, ctx.io.cwd);
  const ws = loadWorkspace(ctx.workspace).workspace;
  if (!ws) throw new CannotRunError('error.config-invalid');
  const reader = recordingReader(ws.root);
  const plan = planCatalogUpdate(ws, loadEvidence(ws.root, ws.sources), next, reader.read);
  const { io, lang } = ctx;
  if (plan.refusal) throw new CannotRunError(...([plan.refusal.key, plan.refusal.args] as ConstructorParameters<typeof CannotRunError>));
  if (plan.current) {
    io.out(`${t(lang, 'catalog.update.current', { id: catalogLabel(plan.to) })}\n`);
    return EXIT.ok;
  }
  io.out(catalogUpdateReport(plan, lang));
  for (const w of plan.writes) io.out(`${t(lang, 'catalog.update.write', { file: w.path })}\n`);
  if (dryRun) {
    io.out(`${ctx.style.dim(t(lang, 'catalog.update.dry-run'))}\n`);
    return EXIT.ok;
  }
  const { writes } = fileChanges(ws.root, plan.writes, reader);
  await writePlan(ctx, writes, ws.root);
  io.out(`${t(lang, 'catalog.update.done', { id: catalogLabel(plan.to) })}\n`);
  return EXIT.ok;
}
