import path from 'node:path';
import type { Command } from 'commander';
import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { today } from '../../util/dates.js';
import { relPath } from '../../util/paths.js';
import { EXIT, type Runner } from '../context.js';

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
    .description(t(lang, 'help.cmd.export'))
    .option('--unit <unit>', t(lang, 'help.export.unit'))
    .option('--all', t(lang, 'help.export.all'))
    .option('--annex1', t(lang, 'help.export.annex1'))
    .option('--month <YYYY-MM>', t(lang, 'help.export.month'))
    .option('-o, --out <dir>', t(lang, 'help.export.out'))
    .option('--force', t(lang, 'help.export.force'))
    .action((flags: ExportFlags) =>
      runner(async (ctx) => {
          const out = flags.out ? path.resolve(ctx.io.cwd, flags.out) : path.join(ctx.workspace, 'exports');
          const show = (abs: string): string => relPath(ctx.io.cwd, abs) || abs;
          // exceljs is heavy: loaded only when a workbook is written.
          const { exportWorkbooks } = await import('../../excel/index.js');
          const written = await exportWorkbooks(ctx.workspace, out, flags, today(ctx.io.env), show);
          for (const w of written) {
            const file = show(w.file);
            ctx.io.out(`${t(ctx.lang, `export.wrote.${w.kind}`, { file, unit: w.unitName ?? '', indicators: w.indicators ?? 0, missing: w.missing ?? 0 })}\n`);
          }
          if (written.some((w) => w.kind === 'ledger')) ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'export.next'))}\n`);
          return EXIT.ok;
      }),
    );
}

