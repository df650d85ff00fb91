import path from 'node:path';
import type { Command } from 'commander';
import { hasExcelMessage, helpX, tx } from '../../i18n/excel-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { today } from '../../util/dates.js';
import { relPath } from '../../util/paths.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { EXIT, type CliContext } from '../context.js';
import type { Runner } from '../main.js';

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
          const { exportWorkbooks } = await import('../../excel/index.js');
          const written = await exportWorkbooks(ctx.workspace, out, flags, today(ctx.io.env), show);
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
