import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type Runner } from '../context.js';

/** The options of `ledger codeowners`. */
interface CodeownersFlags {
  force?: boolean;
  dryRun?: boolean;
}

export function registerCodeowners(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('codeowners')
    .description(t(lang, 'help.cmd.codeowners'))
    .option('--force', t(lang, 'help.codeowners.force'))
    .option('--dry-run', t(lang, 'help.codeowners.dry-run'))
    .action((flags: CodeownersFlags) =>
      runner(async (ctx) => {
        const { loadWorkspace } = await import('../../load/load-workspace.js');
        const { loadEvidence } = await import('../../load/load-evidence.js');
        const { readCodeowners } = await import('../../load/load-codeowners.js');
        const { CODEOWNERS_FILES, GENERATED_MARKER, codeownersText, ruleCount } = await import('../../model/codeowners-file.js');
        const ws = loadWorkspace(ctx.workspace).workspace;
        if (!ws) throw new CannotRunError('error.config-invalid');
        // Every handle comes from units.yaml and the assignments: a file that cannot be read would silently drop its reviewers.
        if (!ws.unitsFile || ws.unreadableAssignments.size > 0) throw new CannotRunError('assign.units-broken');
        const text = codeownersText(ws, loadEvidence(ws.root, ws.sources).folders);
        if (!ws.config.codeowners?.length && ws.units.units.every((u) => !u.owners?.length))
          ctx.io.err(`${ctx.style.warning(t(ctx.lang, 'codeowners.no-handles'))}\n`);
        if (flags.dryRun) {
          ctx.io.out(text);
          return EXIT.ok;
        }
        const { planCodeowners } = await import('../../edit/codeowners/plan-codeowners.js');
        const plan = planCodeowners(ws.root, text, readCodeowners(ws.root, CODEOWNERS_FILES), flags.force === true);
        // All or nothing: a hand-written file is the user's own, and neither file is written beside it.
        if (plan.handWritten.length) {
          for (const file of plan.handWritten)
            ctx.io.err(`${ctx.style.error('✖')} ${t(ctx.lang, 'codeowners.hand-written', { file, marker: GENERATED_MARKER })}\n`);
          return EXIT.cannotRun;
        }
        await writePlan(
          ctx,
          plan.files.flatMap((f) => (f.write ? [f.write] : [])),
          ws.root,
        );
        const rules = ruleCount(text);
        for (const { file, write } of plan.files)
          ctx.io.out(
            write
              ? `${ctx.style.ok(t(ctx.lang, 'codeowners.written', { file, rules }))}\n`
              : `${ctx.style.dim(t(ctx.lang, 'codeowners.unchanged', { file }))}\n`,
          );
        return EXIT.ok;
      }),
    );
}
