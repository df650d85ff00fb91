import path from 'node:path';
import type { Command } from 'commander';
import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { today } from '../../util/dates.js';
import { relPath } from '../../util/paths.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { ExportInput } from '../../excel/index.js';
import { checkWorkspace } from '../check-workspace.js';
import { visibleDeep } from '../../util/escape-invisible.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { isWorkspace } from '../../load/workspace-root.js';
import { requireUnit } from '../resolve-args.js';
import { outputDir } from '../output-dir.js';

/** The options of `ledger export`. */
interface ExportFlags {
  unit?: string;
  all?: boolean;
  annex1?: boolean;
  problems?: boolean;
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
    .option('--problems', t(lang, 'help.export.problems'))
    .option('--month <YYYY-MM>', t(lang, 'help.export.month'))
    .option('-o, --out <dir>', t(lang, 'help.export.out'))
    .option('--force', t(lang, 'help.export.force'))
    .action((flags: ExportFlags) =>
      runner(async (ctx) => {
        const out = outputDir(ctx.io.cwd, flags.out, ctx.workspace, 'exports');
        const show = (abs: string): string => relPath(ctx.io.cwd, abs) || abs;
        // exceljs is heavy: loaded only when a workbook is written.
        const { checkRequest, exportWorkbooks } = await import('../../excel/index.js');
        checkRequest(flags);
        const { input, unit } = await loadForExport(ctx, flags);
        const written = await exportWorkbooks(input, out, { ...flags, unit }, today(ctx.io.env), show);
        for (const w of written) {
          const file = show(w.file);
          // The unit's name is the workspace's: control characters shown, never acting on the terminal.
          const args = visibleDeep({
            file,
            unit: w.unitName ?? '',
            indicators: w.indicators ?? 0,
            missing: w.missing ?? 0,
            problems: w.problems ?? 0,
            overdue: w.overdue ?? 0,
          });
          ctx.io.out(`${t(ctx.lang, `export.wrote.${w.kind}`, args)}\n`);
        }
        if (written.some((w) => w.kind === 'ledger')) ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'export.next'))}\n`);
        if (written.some((w) => w.kind === 'problems')) ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'export.problems-next'))}\n`);
        return EXIT.ok;
      }),
    );
}

/**
 * What the export works from: Annex 1 alone needs no check (and outside a workspace prints the
 * built-in catalog); ledgers and the summary need the checked workspace and the unit resolved.
 */
async function loadForExport(ctx: CliContext, flags: ExportFlags): Promise<{ input: ExportInput; unit?: string }> {
  const root = ctx.workspace;
  if (flags.problems) {
    // The problem list needs no check: its counts come from problems.yaml and the day.
    if (!isWorkspace(root)) throw new CannotRunError('error.no-workspace', { dir: root });
    const { loadWorkspace } = await import('../../load/load-workspace.js');
    const workspace = loadWorkspace(root).workspace;
    if (!workspace) throw new CannotRunError('error.config-invalid');
    const unit = flags.unit ? requireUnit(workspace.units, flags.unit) : undefined;
    return { input: { workspace, coverage: new Map(), counts: null, diagnostics: [] }, unit };
  }
  if (!flags.unit && !flags.all) {
    if (!isWorkspace(root)) return { input: { workspace: null, coverage: new Map(), counts: null, diagnostics: [] } };
    const { loadWorkspace } = await import('../../load/load-workspace.js');
    const workspace = loadWorkspace(root).workspace;
    if (!workspace) throw new CannotRunError('error.config-invalid');
    return { input: { workspace, coverage: new Map(), counts: null, diagnostics: [] } };
  }
  // The whole workspace is checked: a unit's merged-cell indicators are evidenced in other folders.
  const result = await checkWorkspace(ctx);
  const workspace = result.workspace;
  if (!workspace) throw new CannotRunError('error.config-invalid');
  const unit = flags.unit ? requireUnit(workspace.units, flags.unit) : undefined;
  // The counts and findings of this one check are what the sheets show: the numbers agree with `check`.
  const input = { workspace, coverage: result.evidence?.coverage ?? new Map(), counts: result.summary, diagnostics: result.diagnostics };
  return { input, unit };
}
