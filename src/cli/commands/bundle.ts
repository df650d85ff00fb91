import path from 'node:path';
import type { Command } from 'commander';
import type { BundleInput, BundleRequest } from '../../bundle/index.js';
import { summarize } from '../../check/summarize.js';
import { writerFailure } from '../apply-writes.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Code } from '../../diagnostics/codes.js';
import { renderDiagnostic } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { gitHead } from '../../load/git-head.js';
import { circled } from '../../model/material-numbers.js';
import { today } from '../../util/dates.js';
import { relPath } from '../../util/paths.js';
import { checkWorkspace } from '../check-workspace.js';
import { EXIT, type Runner } from '../context.js';
import { progressBar } from '../progress.js';
import { requireIndicator, requireUnit } from '../resolve-args.js';
import { outputDir } from '../output-dir.js';

/** The options of `ledger bundle`. */
interface BundleFlags {
  unit?: string;
  all?: boolean;
  out?: string;
  force?: boolean;
}

/** SOURCE_DATE_EPOCH, else the commit's date, else today: the same workspace gives the same bytes. */
function buildDate(env: NodeJS.ProcessEnv, commitEpoch: number | undefined): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) && epoch >= 0) return new Date(epoch * 1000);
  if (commitEpoch !== undefined) return new Date(commitEpoch * 1000);
  return new Date(`${today(env)}T00:00:00Z`);
}

/** Errors of the disk or the folder, not of ledger: said as a failed write. */
const DISK_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'ENOTDIR', 'EISDIR', 'EFBIG']);
const isDiskError = (e: unknown): e is NodeJS.ErrnoException =>
  e instanceof Error && DISK_ERRORS.has((e as NodeJS.ErrnoException).code ?? '');

export function registerBundle(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('bundle')
    .description(t(lang, 'help.cmd.bundle'))
    .argument('[ids...]', t(lang, 'help.bundle.ids'))
    .option('--unit <unit>', t(lang, 'help.bundle.unit'))
    .option('--all', t(lang, 'help.bundle.all'))
    .option('-o, --out <dir>', t(lang, 'help.bundle.out'))
    .option('--force', t(lang, 'help.bundle.force'))
    .action((ids: string[], flags: BundleFlags) =>
      runner(async (ctx) => {
        const targets = [ids.length > 0, flags.unit !== undefined, flags.all === true].filter(Boolean).length;
        if (targets === 0) throw new CannotRunError('bundle.need-target');
        if (targets > 1) throw new CannotRunError('bundle.one-target');
        const bar = progressBar(ctx.io.stderrIsTTY, t(ctx.lang, 'progress.label'), ctx.io.err);
        // The whole workspace is judged either way; --unit only gives the scope (the unit's indicators).
        const result = await checkWorkspace(ctx, { unit: flags.unit, onProgress: bar.update });
        bar.end();
        const ws = result.workspace;
        if (!ws || !result.evidence) throw new CannotRunError('error.config-invalid');
        const coverage = result.evidence.coverage;
        let request: BundleRequest;
        if (flags.unit !== undefined) {
          request = { kind: 'unit', unit: requireUnit(ws.units, flags.unit), ids: [...(result.scope ?? [])] };
        } else if (flags.all) request = { kind: 'all' };
        else request = { kind: 'indicators', ids: [...new Set(ids.map((i) => requireIndicator(ws.catalog, i)))] };
        const head = gitHead(ws.root);
        const input: BundleInput = {
          workspace: ws,
          coverage,
          reason: (r) => renderDiagnostic({ code: r.code as Code, args: r.args }, 'zh'),
          counts: (list) => summarize(ws, coverage, [], new Set(list)).materials,
          commit: head ? { hash: head.hash, date: head.date, dirty: head.dirty } : null,
          built: buildDate(ctx.io.env, head?.epoch),
          ...(ws.config.bundle?.font ? { fontFile: path.resolve(ws.root, ws.config.bundle.font) } : {}),
        };
        const out = outputDir(ctx.io.cwd, flags.out, ws.root, 'bundles');
        const show = (abs: string): string => relPath(ctx.io.cwd, abs) || abs;
        const { buildBundles, UnusableFileError } = await import('../../bundle/index.js');
        const progress = progressBar(ctx.io.stderrIsTTY, t(ctx.lang, 'bundle.progress'), ctx.io.err);
        let outcome;
        try {
          outcome = buildBundles(input, request, {
            outDir: out,
            force: flags.force === true,
            producer: 'ledger',
            onProgress: progress.update,
          });
        } catch (e) {
          if (e instanceof UnusableFileError) throw new CannotRunError('bundle.unusable', { file: e.rel, detail: e.reason });
          // A full, read-only or failing disk while a volume streams to its file: the writer's words, not an internal error.
          if (isDiskError(e)) throw writerFailure(ctx, e, [out]);
          throw e;
        } finally {
          progress.end();
        }
        if ('refused' in outcome) {
          ctx.io.err(`${ctx.style.error(t(ctx.lang, 'bundle.refused', { count: outcome.refused.length }))}\n`);
          for (const r of outcome.refused) {
            ctx.io.err(
              `${t(ctx.lang, 'bundle.refused.item', {
                file: r.rel,
                id: r.indicator,
                material: circled(r.material),
                // The check's own words in the user's language; the document's (Chinese) reason otherwise.
                reason: r.finding ? renderDiagnostic({ code: r.finding.code as Code, args: r.finding.args }, ctx.lang) : r.reason,
              })}\n`,
            );
          }
          ctx.io.err(`${ctx.style.dim(t(ctx.lang, 'bundle.refused.hint'))}\n`);
          return EXIT.findings;
        }
        // Named ids that take no materials are worth a word; --all and --unit just leave them out.
        if (request.kind === 'indicators') for (const id of outcome.skipped) ctx.io.err(`${t(ctx.lang, 'bundle.no-materials', { id })}\n`);
        for (const w of outcome.written) {
          const args = {
            file: show(w.file),
            pages: w.pages,
            missing: w.missing,
            placeholders: w.placeholders,
            indicators: w.indicators.length,
          };
          ctx.io.out(`${t(ctx.lang, `bundle.wrote.${w.kind}`, args)}\n`);
        }
        if (outcome.written.length === 0) throw new CannotRunError('bundle.need-target');
        ctx.io.out(
          `${ctx.style.dim(t(ctx.lang, 'bundle.summary', { count: outcome.written.filter((w) => w.kind !== 'index').length }))}\n`,
        );
        const missing = outcome.written.some((w) => w.missing > 0);
        const replaced = outcome.written.some((w) => w.placeholders > 0);
        if (missing) ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'bundle.incomplete'))}\n`);
        if (replaced) ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'bundle.replaced'))}\n`);
        return missing || replaced ? EXIT.findings : EXIT.ok;
      }),
    );
}
