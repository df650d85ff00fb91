import type { OrgSnapshot, RejectedSource } from '../model/rollup-source.js';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { shownPath } from '../util/paths.js';
import { t } from '../i18n/messages.js';
import type { CliContext } from './context.js';
import { problemLine } from './commands/verify.js';
import { workspaceFigures } from './workspace-snapshot.js';
import { packageVersion } from './package-version.js';

/**
 * Read every source: packets verified first (one that fails is named, never merged), workspace
 * folders checked as `pack` would, folders searched for packets. Sources in argument order; the
 * merge orders them itself.
 */
export async function readSources(
  ctx: CliContext,
  args: readonly string[],
  allowedSigners: string | undefined,
): Promise<{ snapshots: OrgSnapshot[]; rejected: RejectedSource[] }> {
  const { sourceKind } = await import('../load/rollup/source-kind.js');
  const { openPacket } = await import('../check/rollup/open-packet.js');
  const { packetSnapshot } = await import('../check/rollup/packet-snapshot.js');
  const snapshots: OrgSnapshot[] = [];
  const rejected: RejectedSource[] = [];
  const packet = async (file: string): Promise<void> => {
    const source = shownPath(ctx.io.cwd, file);
    const opened = await openPacket(file, allowedSigners);
    if ('fault' in opened) {
      rejected.push({
        source,
        reason: 'verify-failed',
        detail: `${t(ctx.lang, `verify.fault.${opened.fault}`)}${opened.entry ? ` ${opened.entry}` : ''}${opened.detail ? ` (${opened.detail})` : ''}`,
      });
      return;
    }
    if (opened.signature.state === 'ssh-missing') throw new CannotRunError('pack.ssh-missing');
    if (!opened.header || opened.problems.length) {
      rejected.push({ source, reason: 'verify-failed', detail: opened.problems.map((p) => problemLine(ctx.lang, p).trim()).join('; ') });
      return;
    }
    try {
      snapshots.push(packetSnapshot(source, opened.header, opened.entries, opened.parsed));
    } catch (e) {
      rejected.push({ source, reason: 'unreadable', detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
    }
  };
  const files: string[] = [];
  let resolver: ReturnType<typeof import('../load/workspace-catalogs.js').knownCatalogResolver> | undefined;
  for (const arg of args) {
    const kind = sourceKind(arg, ctx.io.cwd);
    if (kind.kind === 'packet') files.push(kind.file);
    else if (kind.kind === 'packets') files.push(...kind.files);
    else if (kind.kind === 'workspace') {
      const source = shownPath(ctx.io.cwd, kind.dir);
      try {
        snapshots.push((await workspaceFigures({ ...ctx, workspace: kind.dir }, source)).snapshot);
      } catch (e) {
        // One unusable workspace is named like a packet that fails, not the end of the roll-up.
        if (!(e instanceof CannotRunError)) throw e;
        rejected.push({ source, reason: 'unreadable', detail: t(ctx.lang, e.ref.key, e.ref.args as never) });
      }
    } else if (kind.kind === 'git') {
      // Read without PDF blobs and counted by file name; the catalogs this workspace knows resolve its pin.
      const { snapshotFromGitUrl } = await import('../check/rollup/git-source-snapshot.js');
      const { knownCatalogResolver } = await import('../load/workspace-catalogs.js');
      // One resolver for every git source: it keeps the shipped catalog it parsed.
      resolver ??= knownCatalogResolver(ctx.workspace);
      const read = await snapshotFromGitUrl(arg, resolver, packageVersion());
      if (read.ok) snapshots.push(read.snapshot);
      else rejected.push(read.rejected);
    } else rejected.push({ source: arg, reason: kind.kind, detail: '' });
  }
  // Packets are read a few at a time: unzipping waits on zlib, the next one's hashing fills the wait.
  // The merge orders snapshots itself, so the order they finish in does not matter.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) await packet(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
  return { snapshots, rejected };
}

const PARALLEL = 8;
