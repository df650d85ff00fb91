import path from 'node:path';
import type { Command } from 'commander';
import type { PlannedReview, ReviewRequest, ReviewTarget } from '../../edit/review/plan-review.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { sayVisible, tVisible } from '../visible-message.js';
import type { Workspace } from '../../model/workspace.js';
import { evidenceOwner, materialsOf } from '../../model/catalog.js';
import { circled } from '../../model/material-numbers.js';
import { WriteRefused, type FileWrite } from '../../util/atomic-write.js';
import { BROKEN_INDEX, reviewFolderName, reviewIndexFile } from '../../edit/review/index-file.js';
import { isCalendarDate, today } from '../../util/dates.js';
import { checkWorkspace } from '../check-workspace.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { parseMaterialTarget, requireIndicator } from '../resolve-args.js';

/** How often a review reads index.yaml again when another writer changed it meanwhile (each wait 10–50 ms). */
const REVIEW_ATTEMPTS = 40;

/** The writer refused because the file changed since it was read: read it again and merge. */
class ReadAgain extends Error {}

/** The options of `ledger review`. */
interface ReviewFlags {
  pass?: boolean;
  return?: string;
  by: string;
  date?: string;
  note?: string;
}

/** The verdict the flags give, or refuse to run: exactly one of --pass / --return, a name, a real date. */
function requestOf(flags: ReviewFlags, ctx: CliContext): ReviewRequest {
  if (flags.pass && flags.return !== undefined) throw new CannotRunError('review.verdict-both');
  if (!flags.pass && flags.return === undefined) throw new CannotRunError('review.verdict-needed');
  if (flags.return !== undefined && !flags.return.trim()) throw new CannotRunError('review.reason-empty');
  if (flags.return !== undefined && flags.note !== undefined) throw new CannotRunError('review.note-with-return');
  if (!flags.by.trim()) throw new CannotRunError('review.by-empty');
  const date = flags.date ?? today(ctx.io.env);
  if (!isCalendarDate(date)) throw new CannotRunError('review.bad-date', { date });
  const note = flags.return !== undefined ? flags.return.trim() : flags.note?.trim();
  return { verdict: flags.pass ? '通过' : '退回', by: flags.by.trim(), date, ...(note ? { note } : {}) };
}

/** Every material the arguments name (`9/2`, or `9` for all of 9's), merged cells at their owner, each once. */
function targetsOf(ws: Workspace, args: string[], ctx: CliContext): ReviewTarget[] {
  const out = new Map<string, ReviewTarget>();
  for (const raw of args) {
    const parsed = parseMaterialTarget(raw);
    if (!parsed) throw new CannotRunError('review.bad-target', { target: raw });
    const id = requireIndicator(ws.catalog, parsed.id);
    const entry = ws.catalog.byId.get(id)!;
    const count = materialsOf(ws.catalog, entry).length;
    if (count === 0) throw new CannotRunError('add.no-materials', { id });
    if (parsed.material !== null && parsed.material > count)
      throw new CannotRunError('add.no-such-material', { id, count, material: parsed.material });
    const owner = evidenceOwner(entry);
    const numbers = parsed.material !== null ? [parsed.material] : Array.from({ length: count }, (_, i) => i + 1);
    for (const material of numbers) out.set(`${owner}/${material}`, { owner, material });
    if (owner !== id)
      ctx.io.out(
        `${ctx.style.dim(tVisible(ctx.lang, 'review.merged', { id, owner, file: `evidence/${reviewFolderName(ws, owner)}/index.yaml` }))}\n`,
      );
  }
  return [...out.values()];
}

function report(ctx: CliContext, p: PlannedReview, file: string): void {
  const target = tVisible(ctx.lang, 'review.target', { id: p.owner, no: circled(p.material) });
  const r = p.review;
  if (r.verdict === '通过') {
    const files = Object.keys(r.files);
    ctx.io.out(
      `${ctx.style.ok(tVisible(ctx.lang, 'review.recorded.pass', { target, by: r.by, date: r.date, count: files.length, file }))}\n`,
    );
    for (const f of files) ctx.io.out(`${tVisible(ctx.lang, 'review.recorded.file', { file: f })}\n`);
  } else {
    ctx.io.out(
      `${ctx.style.warning(tVisible(ctx.lang, 'review.recorded.return', { target, note: r.note ?? '', by: r.by, date: r.date, file }))}\n`,
    );
  }
  if (p.previous)
    ctx.io.out(
      `${ctx.style.dim(tVisible(ctx.lang, 'review.replaced', { verdict: p.previous.verdict, by: p.previous.by, date: p.previous.date }))}\n`,
    );
}

export function registerReview(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('review')
    .description(t(lang, 'help.cmd.review'))
    .argument('<targets...>', t(lang, 'help.review.targets'))
    .option('--pass', t(lang, 'help.review.pass'))
    .option('--return <reason>', t(lang, 'help.review.return'))
    .requiredOption('--by <name>', t(lang, 'help.review.by'))
    .option('--date <YYYY-MM-DD>', t(lang, 'help.review.date'))
    .option('--note <text>', t(lang, 'help.review.note'))
    .action((args: string[], flags: ReviewFlags) =>
      runner(async (ctx) => {
        const req = requestOf(flags, ctx);
        const result = await checkWorkspace(ctx);
        const ws = result.workspace;
        if (!ws || !result.evidence) throw new CannotRunError('error.config-invalid');
        const targets = targetsOf(ws, args, ctx);
        const { planReviews } = await import('../../edit/review/plan-review.js');
        const planned = planReviews(ws.root, result.evidence.coverage, targets, req);

        const refused = planned.filter((p) => p.refusal);
        if (refused.length) {
          ctx.io.err(`${ctx.style.error(tVisible(ctx.lang, 'review.refused', { count: refused.length }))}\n`);
          for (const p of refused) {
            const target = tVisible(ctx.lang, 'review.target', { id: p.owner, no: circled(p.material) });
            ctx.io.err(`${tVisible(ctx.lang, 'review.refused.item', { target, reason: sayVisible(ctx.lang, p.refusal!) })}\n`);
          }
          return EXIT.findings;
        }

        // Every folder's file is checked before the first is written.
        const broken = new Set(result.diagnostics.filter((d) => d.file && BROKEN_INDEX.has(d.code)).map((d) => d.file!));
        const owners = [...new Set(planned.map((p) => p.owner))];
        const { writeReviews } = await import('../../edit/yaml/review-yaml.js');
        const { keepLineEndings } = await import('../../util/line-endings.js');
        let files = new Map<string, ReturnType<typeof reviewIndexFile>>();
        // Another review may write the same index.yaml between this one's read and its write: the
        // writer then refuses (its `before` no longer matches) and the verdicts are merged into a
        // fresh read, so no verdict of either run is lost.
        for (let attempt = 1; ; attempt++) {
          files = new Map(owners.map((o) => [o, reviewIndexFile(ws, o, broken)]));
          const writes = owners.map((owner): FileWrite => {
            const { abs, before } = files.get(owner)!;
            const entries = planned.filter((p) => p.owner === owner).map((p) => ({ material: p.material, review: p.review }));
            const after = writeReviews(before, entries, tVisible(ctx.lang, 'review.index-header', { id: owner }));
            const data = before === null ? after : keepLineEndings(before, after);
            return { file: abs, data, before: before === null ? { absent: true } : { text: before } };
          });
          const shown = (file: string): string => path.relative(ws.root, file).split(path.sep).join('/');
          try {
            // Every folder's file at once: all verdicts recorded, or none.
            await writePlan(ctx, writes, ws.root, (e) => {
              if (e instanceof WriteRefused)
                return attempt < REVIEW_ATTEMPTS ? new ReadAgain() : new CannotRunError('review.concurrent-edit', { file: shown(e.file) });
              const err = e as NodeJS.ErrnoException & { file?: string };
              const file = err.file ?? err.path ?? writes[0]!.file;
              return new CannotRunError('review.write-failed', { file: shown(file), detail: err.code ?? String(e) });
            });
            break;
          } catch (e) {
            if (!(e instanceof ReadAgain)) throw e;
            await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
          }
        }
        for (const p of planned) report(ctx, p, files.get(p.owner)!.rel);
        if (req.verdict === '退回') ctx.io.out(`${ctx.style.dim(tVisible(ctx.lang, 'review.returned-note'))}\n`);
        return EXIT.ok;
      }),
    );
}
