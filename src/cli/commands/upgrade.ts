import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { EXIT, type Runner } from '../context.js';

/** The `*.yaml` files of a folder by name, as text. */
function yamlFiles(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
  const names = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
  return new Map(names.map((n) => [n, fs.readFileSync(path.join(dir, n), 'utf8')]));
}

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
        const loaded = loadWorkspace(ctx.workspace);
        const ws = loaded.workspace;
        if (!ws) throw new CannotRunError('error.config-invalid');
        // A copy that does not parse cannot be compared: losing nothing means refusing until it is fixed.
        const broken = loaded.diagnostics.find((d) => d.file?.startsWith('indicators/') && d.severity === 'error');
        if (broken) throw new CannotRunError('upgrade.broken', { file: broken.file ?? 'indicators/' });
        const root = ws.root;
        const plan = planUpgrade({
          ws,
          shipped: loadBuiltinCatalog().catalog,
          ledgerText: fs.readFileSync(path.join(root, 'ledger.yaml'), 'utf8'),
          localFiles: yamlFiles(path.join(root, 'indicators')),
          shippedFiles: yamlFiles(BUILTIN_INDICATORS_DIR),
          schemas: fs.existsSync(path.join(root, 'schemas')) ? jsonSchemas() : null,
        });
        const { io, lang: l } = ctx;
        if (!plan.needed) {
          io.out(`${t(l, 'upgrade.current')}\n`);
          return EXIT.ok;
        }
        for (const w of plan.writes) io.out(`${t(l, w.content === null ? 'upgrade.delete' : 'upgrade.write', { file: w.path })}\n`);
        if (plan.noted.length) io.out(`${t(l, 'upgrade.noted', { count: plan.noted.length, ids: plan.noted.join('、') })}\n`);
        if (plan.onlyLocal.length) io.out(`${ctx.style.warning(t(l, 'upgrade.only-local', { ids: plan.onlyLocal.join('、') }))}\n`);
        if (plan.onlyShipped.length) io.out(`${t(l, 'upgrade.only-shipped', { ids: plan.onlyShipped.join('、') })}\n`);
        if (plan.comments.length) io.out(`${t(l, 'upgrade.comments', { count: plan.comments.length })}\n`);
        if (flags.dryRun) {
          io.out(`${ctx.style.dim(t(l, 'unit.dry-run'))}\n`);
          return EXIT.ok;
        }
        // New files first, the copy last: an interrupted upgrade leaves both layouts, never neither.
        for (const w of plan.writes) if (w.content !== null) writeFileAtomic(path.join(root, ...w.path.split('/')), w.content);
        for (const w of plan.writes) if (w.content === null) fs.rmSync(path.join(root, ...w.path.split('/')), { force: true });
        const dir = path.join(root, 'indicators');
        if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
        io.out(`${t(l, 'upgrade.done')}\n`);
        return EXIT.ok;
      }),
    );
}
