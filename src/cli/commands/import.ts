import path from 'node:path';
import type { Command } from 'commander';
import type { FieldChange, FileUpdate, ProblemUpdate } from '../../excel/index.js';
import { say, t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { relPath } from '../../util/paths.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { visibleDeep, visibleText } from '../../util/escape-invisible.js';
import { today } from '../../util/dates.js';
import { unitName, type UnitIndex } from '../../model/units.js';
import type { LedgerReturn } from '../../model/schemas/returns.js';

export function registerImport(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('import <xlsx...>')
    .description(t(lang, 'help.cmd.import'))
    .option('--dry-run', t(lang, 'help.import.dry-run'))
    .action((files: string[], flags: { dryRun?: boolean }) =>
      runner(async (ctx) => {
        const { loadWorkspace } = await import('../../load/load-workspace.js');
        const { importFailure, importWrites, planImport, planReturnsUpdate } = await import('../../excel/index.js');
        const loaded = loadWorkspace(ctx.workspace);
        if (!loaded.workspace) throw new CannotRunError('error.config-invalid');
        const abs = [...new Set(files.map((f) => path.resolve(ctx.io.cwd, f)))];
        const inputs = abs.map((a) => ({ abs: a, display: relPath(ctx.io.cwd, a) || a }));
        const plan = await planImport(loaded.workspace, inputs);
        // The ledgers that came back are recorded even when they change nothing: returning it is the duty.
        const day = today(ctx.io.env);
        const absOf = (display: string) => inputs.find((i) => i.display === display)?.abs ?? path.resolve(ctx.io.cwd, display);
        const returns = plan.problems.length
          ? null
          : planReturnsUpdate(loaded.workspace.root, plan.updates, absOf, day, loaded.workspace.config.monthly_due_day);
        if (returns && 'key' in returns) plan.problems.push(returns);
        // Workbooks arrive by e-mail: what they hold is shown with its control characters escaped.
        for (const w of plan.warnings) ctx.io.err(`${ctx.style.warning('⚠')} ${say(ctx.lang, w, visibleDeep)}\n`);
        if (plan.problems.length) {
          for (const p of plan.problems) {
            ctx.io.err(`${ctx.style.error('✖')} ${say(ctx.lang, p, visibleDeep)}\n`);
            if (ctx.verbose && p.detail)
              ctx.io.err(`${t(ctx.lang, 'import.detail', { detail: p.detail.split('\n').slice(0, 8).map(visibleText).join('\n    ') })}\n`);
          }
          ctx.io.err(`${ctx.style.error(t(ctx.lang, 'import.refused', { count: plan.problems.length }))}\n`);
          return EXIT.cannotRun;
        }
        for (const u of plan.updates) ctx.io.out(describe(ctx, u));
        if (plan.problemUpdate) ctx.io.out(describeProblems(ctx, plan.problemUpdate));
        const all = [...plan.updates, ...(plan.problemUpdate ? [plan.problemUpdate] : [])];
        const count = all.reduce((n, u) => n + u.changes.length, 0);
        const recorded = returns && !('key' in returns) && returns.changes.length ? returns : null;
        if (count === 0) ctx.io.out(`${t(ctx.lang, 'import.nothing', { ledgers: inputs.length })}\n`);
        else if (flags.dryRun) ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'import.dry-run', { changes: count }))}\n`);
        const said = flags.dryRun ? 'import.returned-dry-run' : 'import.returned';
        if (recorded) ctx.io.out(`${t(ctx.lang, said, returnedArgs(loaded.workspace.units, recorded.changes, day))}\n`);
        else if (plan.updates.length) ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'import.returned-already'))}\n`);
        if (!flags.dryRun && (count > 0 || recorded)) {
          // Ledgers, the problem list and returns.yaml are written as one set: all or nothing.
          const root = loaded.workspace.root;
          const writes = importWrites(root, [...all, ...(recorded ? [recorded] : [])]);
          const written = await writePlan(ctx, writes, root, (e) => importFailure(root, writes, e));
          // The files of the ledgers and the problem list; returns.yaml was named on its own line above.
          const returnsFile = recorded ? path.join(root, recorded.file) : null;
          const files = written.filter((f) => f !== returnsFile).length;
          if (count > 0) ctx.io.out(`${ctx.style.ok(t(ctx.lang, 'import.done', { files, changes: count }))}\n`);
        }
        return EXIT.ok;
      }),
    );
}

/** A readable diff: file, then one line per changed field, old → new. */
function describe(ctx: CliContext, u: FileUpdate): string {
  const { lang, style } = ctx;
  const names = visibleDeep({ yaml: u.file, unit: u.unitName, months: u.months.join('、'), sources: u.sources.join('、') });
  if (u.changes.length === 0) return `${style.dim(t(lang, 'import.unchanged', names))}\n`;
  const lines = [style.bold(t(lang, 'import.file-header', names))];
  for (const c of u.changes) {
    const args = {
      id: visibleText(c.indicator ?? ''),
      field: t(lang, `field.${c.field}`),
      from: style.error(shown(ctx, c, c.from)),
      to: style.ok(shown(ctx, c, c.to)),
    };
    lines.push(t(lang, c.indicator === null ? 'import.change.default' : 'import.change', args));
  }
  return `${lines.join('\n')}\n`;
}

/** problems.yaml's part of the diff: one line per changed field of a problem, old → new. */
function describeProblems(ctx: CliContext, u: ProblemUpdate): string {
  const { lang, style } = ctx;
  if (u.changes.length === 0)
    return `${style.dim(t(lang, 'import.unchanged', { yaml: u.file, unit: t(lang, 'status.problems.title') }))}\n`;
  const lines = [style.bold(t(lang, 'import.problems-header', { yaml: u.file, sources: u.sources.join('、') }))];
  for (const c of u.changes) {
    const value = (v: string | null) => (v === null || v === '' ? t(lang, 'value.empty') : v.replace(/\n/g, ' ⏎ '));
    lines.push(
      t(lang, 'import.problem-change', { id: c.problem, field: c.field, from: style.error(value(c.from)), to: style.ok(value(c.to)) }),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `法规科、办公室`, the months and the day of the returns recorded. */
function returnedArgs(units: UnitIndex, added: LedgerReturn[], day: string): { units: string[]; months: string[]; date: string } {
  return {
    units: [...new Set(added.map((r) => visibleText(unitName(units, r.unit))))],
    months: [...new Set(added.map((r) => r.month))].sort(),
    date: day,
  };
}

function shown(ctx: CliContext, c: FieldChange, v: string | null): string {
  if (v === null) return t(ctx.lang, c.field === 'contact' ? 'value.default' : 'value.empty');
  if (v === '') return t(ctx.lang, 'value.empty');
  return visibleText(v.replace(/\n/g, ' ⏎ '));
}
