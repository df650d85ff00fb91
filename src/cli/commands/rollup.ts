import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Rollup } from '../../model/rollup.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { OrgSnapshot, RejectedSource } from '../../model/rollup-source.js';
import { today } from '../../util/dates.js';
import { shownPath } from '../../util/paths.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { writePlan } from '../apply-writes.js';
import { readSources } from '../rollup-sources.js';

interface RollupFlags {
  format?: 'text' | 'json' | 'markdown';
  html?: string;
  xlsx?: string;
  catalog?: string;
  allowedSigners?: string;
}

/** `--catalog name@version`: the last `@` splits (a name may hold one, a version does not). */
function askedCatalog(value: string | undefined): { name: string; version: string } | undefined {
  if (value === undefined) return undefined;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) throw new CannotRunError('rollup.bad-catalog', { value });
  return { name: value.slice(0, at), version: value.slice(at + 1) };
}

async function formatRollup(r: Rollup, format: 'text' | 'json' | 'markdown', ctx: CliContext): Promise<string> {
  if (format === 'json') return (await import('../../format/rollup/rollup-json.js')).formatRollupJson(r);
  if (format === 'markdown') return (await import('../../format/rollup/rollup-markdown.js')).formatRollupMarkdown(r, ctx.lang);
  return (await import('../../format/rollup/rollup-text.js')).formatRollupText(r, { lang: ctx.lang, style: ctx.style });
}

async function writeOutput(ctx: CliContext, arg: string, data: string | Uint8Array, toStderr: boolean): Promise<void> {
  const file = path.resolve(ctx.io.cwd, arg);
  // An output the user named: it replaces what is there.
  await writePlan(
    ctx,
    [{ file, data, before: { any: true } }],
    ctx.io.cwd,
    (e) => new CannotRunError('rollup.unwritable', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
  );
  const line = `${t(ctx.lang, 'rollup.wrote', { file: shownPath(ctx.io.cwd, file), kb: Math.ceil(Buffer.byteLength(data) / 1024) })}\n`;
  if (toStderr) ctx.io.err(line);
  else ctx.io.out(line);
}

export function registerRollup(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('rollup')
    .description(t(lang, 'help.cmd.rollup'))
    .argument('<source...>', t(lang, 'help.rollup.sources'))
    .addOption(new Option('--format <format>', t(lang, 'help.opt.format')).choices(['text', 'json', 'markdown']))
    .option('--html <file>', t(lang, 'help.rollup.html'))
    .option('--xlsx <file>', t(lang, 'help.rollup.xlsx'))
    .option('--catalog <name@version>', t(lang, 'help.rollup.catalog'))
    .option('--allowed-signers <file>', t(lang, 'help.rollup.allowed-signers'))
    .action((sources: string[], flags: RollupFlags) =>
      runner(async (ctx) => {
        const catalog = askedCatalog(flags.catalog);
        const signers = flags.allowedSigners === undefined ? undefined : path.resolve(ctx.io.cwd, flags.allowedSigners);
        const read: { snapshots: OrgSnapshot[]; rejected: RejectedSource[] } = await readSources(ctx, sources, signers);
        if (read.snapshots.length === 0 && read.rejected.length === 0) throw new CannotRunError('rollup.no-sources');
        const { rollupSnapshots } = await import('../../check/rollup/rollup-snapshots.js');
        const r = rollupSnapshots(read.snapshots, { today: today(ctx.io.env), rejected: read.rejected, ...(catalog ? { catalog } : {}) });
        const format = flags.format ?? (flags.html || flags.xlsx ? null : 'text');
        if (format) ctx.io.out(await formatRollup(r, format, ctx));
        if (flags.html) {
          const { renderRollupHtml } = await import('../../format/rollup/rollup-html.js');
          await writeOutput(ctx, flags.html, renderRollupHtml(r, ctx.lang), format !== null);
        }
        if (flags.xlsx) {
          const { rollupWorkbook } = await import('../../excel/export/rollup-workbook.js');
          await writeOutput(ctx, flags.xlsx, await rollupWorkbook(r, ctx.lang), format !== null);
        }
        // rollup reports: 0 whenever it produced its output (the named sources are in it).
        return EXIT.ok;
      }),
    );
}
