import path from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import { findingLine } from '../../format/text.js';
import { PLAIN } from '../../format/format-options.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { PACKET_ENTRIES, SIGNATURE_NAMESPACE } from '../../model/packet.js';
import { deadlineInfo, scheduleOf } from '../../model/deadline.js';
import { relPath } from '../../util/paths.js';
import { checkWorkspace } from '../check-workspace.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { writePlan } from '../apply-writes.js';
import { packageVersion } from '../package-version.js';
import { statusOfCheck } from './status.js';

interface PackFlags {
  output?: string;
  sign?: string;
}

const shown = (cwd: string, file: string): string => (relPath(cwd, file).startsWith('..') ? file : relPath(cwd, file));

/**
 * The day the packet's figures are of: LEDGER_TODAY, else the day of the commit the workspace is
 * at, never the wall clock (the same workspace gives the same bytes); the wall clock only outside git.
 */
function packetDay(env: NodeJS.ProcessEnv, commitDate: string | null, fallback: () => string): string {
  const pinned = env.LEDGER_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return commitDate ?? fallback();
}

async function buildPacket(ctx: CliContext, flags: PackFlags): Promise<{ zip: Buffer; day: string; org: string; files: number }> {
  const { gitHead } = await import('../../load/git-head.js');
  const { readGitLog } = await import('../../load/git-history.js');
  const { today } = await import('../../util/dates.js');
  const head = gitHead(ctx.workspace);
  const day = packetDay(ctx.io.env, head?.date ?? null, () => today(ctx.io.env));
  // Every part of the packet judged on that one day: check, status and the deadlines.
  const dayCtx: CliContext = { ...ctx, io: { ...ctx.io, env: { ...ctx.io.env, LEDGER_TODAY: day } } };
  const log = readGitLog(ctx.workspace);
  const result = await checkWorkspace(dayCtx, { cache: true });
  const ws = result.workspace;
  if (!ws) {
    await log;
    for (const d of result.diagnostics) ctx.io.err(`${findingLine(d, { lang: ctx.lang, style: ctx.style })}\n`);
    throw new CannotRunError('error.config-invalid');
  }
  const report = await statusOfCheck(ws, result, { log, day, cache: true });
  const { formatStatusJson } = await import('../../format/status/status-json.js');
  const { formatJson } = await import('../../format/json.js');
  const { evidenceManifest } = await import('../../load/rollup/evidence-manifest.js');
  const { withUnits } = await import('../../check/rollup/manifest-units.js');
  const { workspaceSnapshot } = await import('../../check/rollup/workspace-snapshot.js');
  const { packetEntries, packetZip } = await import('../../format/rollup/packet-zip.js');
  const summary = { ...result.summary, deadline: deadlineInfo(scheduleOf(ws.config), day) };
  const check = formatJson(result.diagnostics, { lang: ctx.lang, style: PLAIN, summary, titles: new Map() });
  const files = withUnits(evidenceManifest(ws.root, ws.sources), ws.catalog, ws.assignments);
  const snapshot = workspaceSnapshot({
    ws,
    summary: result.summary,
    coverage: result.evidence?.coverage ?? new Map(),
    diagnostics: result.diagnostics,
    units: report.units,
    files,
    meta: {
      source: ws.root,
      tool: packageVersion(),
      commit: head?.hash ?? null,
      commitDate: head?.date ?? null,
      generated: day,
      countedBy: 'verdicts',
    },
  });
  const entries = packetEntries(snapshot, { status: formatStatusJson(report, ctx.lang), check });
  if (flags.sign) {
    const { sshSign } = await import('../../util/ssh-signature.js');
    const key = path.resolve(ctx.io.cwd, flags.sign);
    const signed = sshSign(entries.get(PACKET_ENTRIES.packet)!, key, SIGNATURE_NAMESPACE);
    if (!signed.ok)
      throw signed.missing
        ? new CannotRunError('pack.ssh-missing')
        : new CannotRunError('pack.sign-failed', { key: flags.sign, detail: signed.detail });
    entries.set(PACKET_ENTRIES.signature, Buffer.from(signed.out, 'utf8'));
  }
  return { zip: await packetZip(entries), day, org: ws.config.organization, files: files.length };
}

export function registerPack(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('pack')
    .description(t(lang, 'help.cmd.pack'))
    .option('-o, --output <dir>', t(lang, 'help.pack.out'))
    .option('--sign <ssh-key>', t(lang, 'help.pack.sign'))
    .action((flags: PackFlags) =>
      runner(async (ctx) => {
        const { packetFileName } = await import('../../format/rollup/packet-zip.js');
        const built = await buildPacket(ctx, flags);
        const dir = path.resolve(ctx.io.cwd, flags.output ?? '.');
        const file = path.join(dir, packetFileName(built.org, built.day));
        // The packet is an output the user asked for: a packet of the same day is replaced.
        await writePlan(
          ctx,
          [{ file, data: built.zip, before: { any: true } }],
          ctx.workspace,
          (e) => new CannotRunError('pack.unwritable', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
        );
        ctx.io.out(
          `${t(ctx.lang, 'pack.wrote', { file: shown(ctx.io.cwd, file), kb: Math.ceil(built.zip.length / 1024), files: built.files, day: built.day })}\n`,
        );
        if (flags.sign) ctx.io.out(`${t(ctx.lang, 'pack.signed', { key: flags.sign })}\n`);
        return EXIT.ok;
      }),
    );
}
