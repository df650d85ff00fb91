import path from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { shownPath } from '../../util/paths.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { writePlan } from '../apply-writes.js';

interface PackFlags {
  output?: string;
  withBundles?: boolean;
  sign?: string;
}

async function buildPacket(ctx: CliContext, flags: PackFlags): Promise<{ zip: Buffer; day: string; org: string; files: number }> {
  // Loaded when packing: the packet's schemas (zod) and the check stay off every other command's start-up.
  const { workspaceFigures } = await import('../workspace-snapshot.js');
  const { PACKET_ENTRIES, SIGNATURE_NAMESPACE } = await import('../../model/packet.js');
  const { snapshot, status, check, bundles } = await workspaceFigures(ctx, ctx.workspace, {
    packet: true,
    bundles: flags.withBundles === true,
  });
  const { packetEntries, packetZip } = await import('../../format/rollup/packet-zip.js');
  const entries = packetEntries(snapshot, { status, check }, bundles);
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
  return { zip: await packetZip(entries), day: snapshot.generated, org: snapshot.organization, files: snapshot.files.length };
}

export function registerPack(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('pack')
    .description(t(lang, 'help.cmd.pack'))
    .option('-o, --output <dir>', t(lang, 'help.pack.out'))
    .option('--with-bundles', t(lang, 'help.pack.with-bundles'))
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
          `${t(ctx.lang, 'pack.wrote', { file: shownPath(ctx.io.cwd, file), kb: Math.ceil(built.zip.length / 1024), files: built.files, day: built.day })}\n`,
        );
        if (flags.sign) ctx.io.out(`${t(ctx.lang, 'pack.signed', { key: flags.sign })}\n`);
        return EXIT.ok;
      }),
    );
}
