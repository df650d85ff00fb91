import path from 'node:path';
import type { Command } from 'commander';
import { CannotRunError } from '../../diagnostics/cannot-run-error.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { WriteRefused } from '../../util/atomic-write.js';
import { addDays, today } from '../../util/dates.js';
import { shownPath } from '../../util/paths.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type CliContext, type Runner } from '../context.js';
import { statusReport } from './status.js';

/** The options of `ledger notice`. */
interface NoticeFlags {
  month: string;
  output?: string;
  force?: boolean;
  to?: string;
  masthead?: boolean;
  cache: boolean;
}

/**
 * The month asked for, checked: a real YYYY-MM, and this month or the last one — the draft says
 * what the workspace shows today, which is not what an older month's 通报 said.
 */
function checkMonth(month: string, day: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new CannotRunError('notice.bad-month', { month });
  const current = day.slice(0, 7);
  // The day before the 1st is in the month before (December of last year for January).
  const previous = addDays(`${current}-01`, -1).slice(0, 7);
  const asked = `${m[1]}-${m[2]}`;
  if (asked !== current && asked !== previous)
    throw new CannotRunError('notice.month-out-of-range', { month: asked, this: current, previous });
  return asked;
}

export function registerNotice(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('notice')
    .description(t(lang, 'help.cmd.notice'))
    .requiredOption('--month <YYYY-MM>', t(lang, 'help.notice.month'))
    .option('-o, --output <file>', t(lang, 'help.notice.output'))
    .option('--force', t(lang, 'help.notice.force'))
    .option('--to <addressees>', t(lang, 'help.notice.to'))
    .option('--masthead', t(lang, 'help.notice.masthead'))
    .option('--no-cache', t(lang, 'help.check.no-cache'))
    .action((flags: NoticeFlags) =>
      runner(async (ctx: CliContext) => {
        const month = checkMonth(flags.month, today(ctx.io.env));
        const file = path.resolve(ctx.io.cwd, flags.output ?? `通报-${month}.docx`);
        const report = await statusReport(ctx, { cache: flags.cache });
        const { noticeContent } = await import('../../format/notice/notice-content.js');
        const { noticeDocument } = await import('../../format/notice/notice-document.js');
        const { renderNoticeDocx } = await import('../../format/notice/notice-docx.js');
        const content = noticeContent(report, month);
        const doc = noticeDocument(content, { lang: ctx.lang, masthead: flags.masthead ?? false, ...(flags.to ? { to: flags.to } : {}) });
        const data = await renderNoticeDocx(doc);
        const shown = shownPath(ctx.io.cwd, file);
        // Through the one writer: a file already there is replaced only with --force.
        await writePlan(ctx, [{ file, data, before: flags.force ? { any: true } : { absent: true } }], ctx.workspace, (e) =>
          e instanceof WriteRefused && e.reason === 'exists'
            ? new CannotRunError('notice.exists', { file: shown })
            : e instanceof WriteRefused
              ? undefined
              : new CannotRunError('notice.unwritable', { file: shown, detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
        );
        if (!content.historyKnown) ctx.io.out(`${ctx.style.warning(t(ctx.lang, 'notice.wrote.unknown'))}\n`);
        else if (content.units.length === 0) ctx.io.out(`${t(ctx.lang, 'notice.wrote.none')}\n`);
        ctx.io.out(`${t(ctx.lang, 'notice.wrote', { file: shown, kb: Math.ceil(data.length / 1024), count: content.units.length })}\n`);
        // notice reports: 0 whenever the draft was written (docs/命令.md).
        return EXIT.ok;
      }),
    );
}
