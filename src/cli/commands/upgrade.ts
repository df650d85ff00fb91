import path from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { writePlanAndRemove } from '../apply-writes.js';
import { EXIT, type Runner } from '../context.js';

export function registerUpgrade(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('upgrade')
    .description(t(lang, 'help.cmd.upgrade'))
    .option('--dry-run', t(lang, 'help.unit.dry-run'))
    .action((flags: { dryRun?: boolean }) =>
      runner(async (ctx) => {
        const { loadWorkspace } = await import('../../load/load-workspace.js');
        const { loadBuiltinCatalog, BUILTIN_INDICATORS_DIR } = await import('../../load/load-catalog.js');
        const { planUpgrade } = await import('../../edit/upgrade/plan-upgrade.js');
        const { jsonSchemas } = await import('../../model/schemas/json-schemas.js');
        const { yamlFilesIn, isFolder } = await import('../../load/workspace-root.js');
        const { recordingReader, fileChanges } = await import('../../edit/file-changes.js');
        const loaded = loadWorkspace(ctx.workspace);
        const ws = loaded.workspace;
        if (!ws) throw new CannotRunError('error.config-invalid');
        // A copy that does not parse cannot be compared: losing nothing means refusing until it is fixed.
        const broken = loaded.diagnostics.find((d) => d.file?.startsWith('indicators/') && d.severity === 'error');
        if (broken) throw new CannotRunError('upgrade.broken', { file: broken.file ?? 'indicators/' });
        const root = ws.root;
        const reader = recordingReader(root);
        const localFiles = yamlFilesIn(path.join(root, 'indicators'));
        // What the plan read of the copy is what the deletions compare with the disk.
        for (const [name, text] of localFiles) reader.seen.set(`indicators/${name}`, text);
        const plan = planUpgrade({
          ws,
          shipped: loadBuiltinCatalog().catalog,
          ledgerText: reader.read('ledger.yaml') ?? '',
          localFiles,
          shippedFiles: yamlFilesIn(BUILTIN_INDICATORS_DIR),
          schemas: isFolder(path.join(root, 'schemas')) ? jsonSchemas() : null,
        });
        const { io, lang: l } = ctx;
        if (!plan.needed) {
          io.out(`${t(l, 'upgrade.current')}\n`);
          return EXIT.ok;
        }
        for (const w of plan.writes) io.out(`${t(l, w.content === null ? 'upgrade.delete' : 'upgrade.write', { file: w.path })}\n`);
        if (plan.noted.length) io.out(`${t(l, 'upgrade.noted', { count: plan.noted.length, ids: plan.noted })}\n`);
        if (plan.onlyLocal.length) io.out(`${ctx.style.warning(t(l, 'upgrade.only-local', { ids: plan.onlyLocal }))}\n`);
        if (plan.onlyShipped.length) io.out(`${t(l, 'upgrade.only-shipped', { ids: plan.onlyShipped })}\n`);
        if (plan.comments.length) io.out(`${t(l, 'upgrade.comments', { count: plan.comments.length })}\n`);
        if (flags.dryRun) {
          io.out(`${ctx.style.dim(t(l, 'unit.dry-run'))}\n`);
          return EXIT.ok;
        }
        // New files first as one set, the copy last: an interrupted upgrade leaves both layouts, never neither.
        const { writes, removals } = fileChanges(root, plan.writes, reader);
        await writePlanAndRemove(ctx, writes, removals, [path.join(root, 'indicators')]);
        io.out(`${t(l, 'upgrade.done')}\n`);
        return EXIT.ok;
      }),
    );
}
