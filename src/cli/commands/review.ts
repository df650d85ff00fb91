import { tVisible } from '../visible-message.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { PlannedReview, ReviewRequest, ReviewTarget } from '../../check/review/plan-review.js';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import type { Workspace } from '../../load/load-workspace.js';
import { evidenceOwner, materialsOf } from '../../model/catalog.js';
import { folderIdFor, indicatorIdFromFolder } from '../../model/indicator-id.js';
import { circled } from '../../model/material-numbers.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { isCalendarDate, today } from '../../util/dates.js';
import { checkWorkspace } from '../check-workspace.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { parseMaterialTarget, requireIndicator } from '../resolve-args.js';

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
        `${ctx.style.dim(tVisible(ctx.lang, 'review.merged', { id, owner, file: `evidence/${folderName(ws, owner)}/index.yaml` }))}\n`,
      );
  }
  return [...out.values()];
}

/** The folder under evidence/ holding an indicator's files: the one that exists (it may carry a label), else its bare id. */
function folderName(ws: Workspace, owner: string): string {
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.join(ws.root, 'evidence')).sort();
  } catch {
    /* no evidence/ yet: it is made */
  }
  return names.find((n) => indicatorIdFromFolder(n) === owner) ?? folderIdFor(owner);
}

/** Findings that mean an index.yaml cannot be edited safely. */
const BROKEN = new Set(['yaml-syntax', 'yaml-duplicate-key', 'schema-invalid', 'file-unreadable']);

/** Where one folder's verdicts go, checked before anything is written: a regular file inside the workspace, parseable. */
function indexFileFor(ws: Workspace, owner: string, broken: Set<string>): { rel: string; abs: string } {
  const folder = folderName(ws, owner);
  const rel = `evidence/${folder}/index.yaml`;
  const abs = path.join(ws.root, 'evidence', folder, 'index.yaml');
  if (broken.has(rel)) throw new CannotRunError('review.index-broken', { file: rel });
  const st = fs.lstatSync(abs, { throwIfNoEntry: false });
  const dir = path.dirname(abs);
  const inside = (p: string): boolean => {
    const root = fs.realpathSync(ws.root);
    const real = fs.realpathSync(p);
    return real === root || real.startsWith(root + path.sep);
  };
  if ((st && !st.isFile()) || (fs.existsSync(dir) && !inside(dir))) throw new CannotRunError('review.index-outside', { file: rel });
  return { rel, abs };
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
        const { planReviews } = await import('../../check/review/plan-review.js');
        const planned = planReviews(ws.root, result.evidence.coverage, targets, req);

        const refused = planned.filter((p) => p.refusal);
        if (refused.length) {
          ctx.io.err(`${ctx.style.error(tVisible(ctx.lang, 'review.refused', { count: refused.length }))}\n`);
          for (const p of refused) {
            const target = tVisible(ctx.lang, 'review.target', { id: p.owner, no: circled(p.material) });
            ctx.io.err(
              `${tVisible(ctx.lang, 'review.refused.item', { target, reason: tVisible(ctx.lang, p.refusal!.key, p.refusal!.args) })}\n`,
            );
          }
          return EXIT.findings;
        }

        // Every folder's file is checked before the first is written.
        const broken = new Set(result.diagnostics.filter((d) => d.file && BROKEN.has(d.code)).map((d) => d.file!));
        const owners = [...new Set(planned.map((p) => p.owner))];
        const files = new Map(owners.map((o) => [o, indexFileFor(ws, o, broken)]));
        const { writeReviews } = await import('../../load/review-yaml.js');
        const { keepLineEndings } = await import('../../util/line-endings.js');
        for (const owner of owners) {
          const { rel, abs } = files.get(owner)!;
          const before = fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : null;
          const entries = planned.filter((p) => p.owner === owner).map((p) => ({ material: p.material, review: p.review }));
          const after = writeReviews(before, entries, tVisible(ctx.lang, 'review.index-header', { id: owner }));
          try {
            fs.mkdirSync(path.dirname(abs), { recursive: true });
            writeFileAtomic(abs, before === null ? after : keepLineEndings(before, after));
          } catch (e) {
            throw new CannotRunError('review.write-failed', { file: rel, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
          }
        }
        for (const p of planned) report(ctx, p, files.get(p.owner)!.rel);
        if (req.verdict === '退回') ctx.io.out(`${ctx.style.dim(tVisible(ctx.lang, 'review.returned-note'))}\n`);
        return EXIT.ok;
      }),
    );
}
