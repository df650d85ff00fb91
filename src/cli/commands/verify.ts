import path from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { OpenProblem } from '../../check/rollup/open-packet.js';
import { relPath } from '../../util/paths.js';
import { EXIT, type CliContext, type Runner } from '../context.js';

interface VerifyFlags {
  allowedSigners?: string;
}

/** One problem, in the user's language. */
export function problemLine(lang: Lang, p: OpenProblem): string {
  switch (p.kind) {
    case 'no-header':
    case 'unsigned':
      return t(lang, `verify.problem.${p.kind}`);
    case 'entry-missing':
    case 'entry-unlisted':
      return t(lang, `verify.problem.${p.kind}`, { entry: p.entry });
    case 'header-invalid':
    case 'signature-bad':
      return t(lang, `verify.problem.${p.kind}`, { detail: p.detail });
    default:
      return t(lang, `verify.problem.${p.kind}`, { entry: p.entry, detail: p.detail });
  }
}

async function verifyOne(ctx: CliContext, arg: string, flags: VerifyFlags): Promise<boolean> {
  const { openPacket } = await import('../../check/rollup/open-packet.js');
  const file = path.resolve(ctx.io.cwd, arg);
  const signers = flags.allowedSigners === undefined ? undefined : path.resolve(ctx.io.cwd, flags.allowedSigners);
  const opened = await openPacket(file, signers);
  if ('fault' in opened) {
    ctx.io.out(`${ctx.style.error(t(ctx.lang, 'verify.failed', { file: arg, count: 1 }))}\n`);
    ctx.io.out(
      `${t(ctx.lang, 'verify.fault', { fault: t(ctx.lang, `verify.fault.${opened.fault}`), entry: opened.entry ?? '', detail: opened.detail })}\n`,
    );
    return false;
  }
  if (opened.signature.state === 'ssh-missing') throw new CannotRunError('pack.ssh-missing');
  if (opened.problems.length > 0 || !opened.header) {
    ctx.io.out(`${ctx.style.error(t(ctx.lang, 'verify.failed', { file: arg, count: opened.problems.length }))}\n`);
    for (const p of opened.problems) ctx.io.out(`${problemLine(ctx.lang, p)}\n`);
    return false;
  }
  const h = opened.header;
  ctx.io.out(`${t(ctx.lang, 'verify.ok', { file: arg, org: h.organization, day: h.generated, entries: h.entries.length })}\n`);
  if (opened.signature.state === 'valid') ctx.io.out(`${t(ctx.lang, 'verify.signed-by', { signer: opened.signature.signer })}\n`);
  if (opened.signature.state === 'unchecked') ctx.io.out(`${ctx.style.dim(t(ctx.lang, 'verify.signature-unchecked'))}\n`);
  return true;
}

export function registerVerify(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('verify')
    .description(t(lang, 'help.cmd.verify'))
    .argument('<packet...>', t(lang, 'help.verify.packet'))
    .option('--allowed-signers <file>', t(lang, 'help.verify.allowed-signers'))
    .action((packets: string[], flags: VerifyFlags) =>
      runner(async (ctx) => {
        let ok = true;
        for (const p of packets) ok = (await verifyOne(ctx, relPath(ctx.io.cwd, path.resolve(ctx.io.cwd, p)) || p, flags)) && ok;
        return ok ? EXIT.ok : EXIT.findings;
      }),
    );
}
