import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { hasExcelMessage, helpX, tx } from '../../i18n/excel-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { today } from '../../util/dates.js';
import { relPath } from '../../util/paths.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { ExportInput } from '../../excel/index.js';
import { EXIT, type CliContext } from '../context.js';
import type { Runner } from '../main.js';
import { requireUnit } from '../resolve-args.js';

interface ExportFlags {
  unit?: string;
  all?: boolean;
  annex1?: boolean;
  month?: string;
  out?: string;
  force?: boolean;
}

export function registerExport(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('export')
    .description(helpX(lang, 'cmd.export'))
    .option('--unit <unit>', helpX(lang, 'opt.unit'))
    .option('--all', helpX(lang, 'opt.all'))
    .option('--annex1', helpX(lang, 'opt.annex1'))
    .option('--month <YYYY-MM>', helpX(lang, 'opt.month'))
    .option('-o, --out <dir>', helpX(lang, 'opt.out'))
    .option('--force', helpX(lang, 'opt.force'))
    .action((flags: ExportFlags) =>
      runner((ctx) =>
        excelErrors(ctx, async () => {
          const out = flags.out ? path.resolve(ctx.io.cwd, flags.out) : path.join(ctx.workspace, 'exports');
          const show = (abs: string): string => relPath(ctx.io.cwd, abs) || abs;
          // exceljs is heavy: loaded only when a workbook is written.
          const { checkRequest, exportWorkbooks } = await import('../../excel/index.js');
          checkRequest(flags);
          const { input, unit } = await loadForExport(ctx.workspace, flags, today(ctx.io.env));
          const written = await exportWorkbooks(input, out, { ...flags, unit }, today(ctx.io.env), show);
          for (const w of written) {
            const file = show(w.file);
            ctx.io.out(`${tx(ctx.lang, `export.wrote.${w.kind}`, { file, unit: w.unitName ?? '', indicators: w.indicators ?? 0, missing: w.missing ?? 0 })}\n`);
          }
          if (written.some((w) => w.kind === 'ledger')) ctx.io.out(`${ctx.style.dim(tx(ctx.lang, 'export.next'))}\n`);
          return EXIT.ok;
        }),
      ),
    );
}

/** Render this command's own refusals; anything else goes on to the CLI's common handler. */
export async function excelErrors(ctx: CliContext, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof CannotRunError) || !hasExcelMessage(e.key)) throw e;
    ctx.io.err(`${ctx.style.error(tx(ctx.lang, e.key, e.args))}\n`);
    return EXIT.cannotRun;
  }
}

/**
 * What the export works from: Annex 1 alone needs no check (and outside a workspace prints the
 * built-in catalog); ledgers and the summary need the checked workspace and the unit resolved.
 */
async function loadForExport(root: string, flags: ExportFlags, date: string): Promise<{ input: ExportInput; unit?: string }> {
  if (!flags.unit && !flags.all) {
    if (!fs.existsSync(path.join(root, 'ledger.yaml'))) return { input: { workspace: null, coverage: new Map(), unitSummaries: {} } };
    const { loadWorkspace } = await import('../../load/load-workspace.js');
    const workspace = loadWorkspace(root).workspace;
    if (!workspace) throw new CannotRunError('config-invalid');
    return { input: { workspace, coverage: new Map(), unitSummaries: {} } };
  }
  const { runCheck } = await import('../../check/run-check.js');
  const result = await runCheck(root, { today: date });
  const workspace = result.workspace;
  if (!workspace) throw new CannotRunError('config-invalid');
  const unit = flags.unit ? requireUnit(workspace.units, flags.unit) : undefined;
  return { input: { workspace, coverage: result.evidence?.coverage ?? new Map(), unitSummaries: result.summary.units }, unit };
}
