import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Catalog, CatalogEntry } from '../../model/catalog.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { checkWorkspace } from '../check-workspace.js';
import { requireIndicator } from '../resolve-args.js';
import { EXIT, type Runner } from '../context.js';
import { isWorkspace } from '../../load/workspace-root.js';

/** The options of `ledger explain`. */
interface ExplainFlags {
  format: 'text' | 'json';
}

function pick(catalog: Catalog, ids: string[]): CatalogEntry[] {
  if (ids.length === 0) return catalog.entries;
  return ids.map((raw) => catalog.byId.get(requireIndicator(catalog, raw))!);
}

export function registerExplain(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('explain [ids...]')
    .description(t(lang, 'help.cmd.explain'))
    .addOption(new Option('--format <format>', t(lang, 'help.opt.format')).choices(['text', 'json']).default('text'))
    .action((ids: string[], flags: ExplainFlags) =>
      runner(async (ctx) => {
        const { loadBuiltinCatalog } = await import('../../load/load-catalog.js');
        const { explainEntries } = await import('../../check/explain-entries.js');
        const { explainJson, explainText } = await import('../../format/explain-text.js');
        // Inside a workspace: its catalog, units and coverage; outside: the built-in catalog, and it says so.
        if (!isWorkspace(ctx.workspace)) {
          const catalog = loadBuiltinCatalog().catalog;
          const items = explainEntries(catalog, pick(catalog, ids), null, null);
          ctx.io.err(`${ctx.style.dim(t(ctx.lang, 'explain.builtin', { dir: ctx.workspace }))}\n`);
          ctx.io.out(flags.format === 'json' ? explainJson(items) : explainText(items, ctx.lang, ctx.style));
          return EXIT.ok;
        }
        const result = await checkWorkspace(ctx, { indicators: ids.length ? ids : undefined });
        const ws = result.workspace;
        if (!ws) throw new CannotRunError('error.config-invalid');
        const items = explainEntries(ws.catalog, pick(ws.catalog, ids), ws, result.evidence?.coverage ?? null);
        ctx.io.out(flags.format === 'json' ? explainJson(items) : explainText(items, ctx.lang, ctx.style));
        return EXIT.ok;
      }),
    );
}
