import { Option, type Command } from 'commander';
import { runCheck } from '../../check/run-check.js';
import { FORMAT_NAMES, FORMATTERS, PLAIN, type FormatName } from '../../format/index.js';
import type { Lang } from '../../i18n/lang.js';
import { help, t } from '../../i18n/ui-messages.js';
import { progressBar } from '../progress.js';
import { EXIT } from '../context.js';
import type { Runner } from '../main.js';
import { indicatorTitles } from '../titles.js';

interface CheckFlags {
  unit?: string;
  indicator?: string[];
  changed?: string;
  format: FormatName;
  cache: boolean;
}

export function registerCheck(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('check')
    .description(help(lang, 'cmd.check'))
    .option('--unit <unit>', help(lang, 'opt.unit'))
    .option('--indicator <id...>', help(lang, 'opt.indicator'))
    .option('--changed <git-ref>', help(lang, 'opt.changed'))
    .addOption(new Option('--format <format>', help(lang, 'opt.format')).choices(FORMAT_NAMES).default('text'))
    .option('--no-cache', help(lang, 'opt.no-cache'))
    .action((flags: CheckFlags) =>
      runner(async (ctx) => {
        const bar = progressBar(ctx.io.stderrIsTTY && flags.format === 'text', t(ctx.lang, 'progress.label'), ctx.io.err);
        const result = await runCheck(ctx.workspace, { unit: flags.unit, indicators: flags.indicator, changedSince: flags.changed, cache: flags.cache, onProgress: bar.update });
        bar.end();
        const style = flags.format === 'text' ? ctx.style : PLAIN;
        const entries = (result.workspace?.catalog.entries ?? []).filter((e) => !result.scope || result.scope.has(e.id));
        const titles = indicatorTitles(entries);
        ctx.io.out(FORMATTERS[flags.format](result.diagnostics, { lang: ctx.lang, style, summary: result.summary, titles }));
        if (result.configBroken) {
          ctx.io.err(`${ctx.style.error(t(ctx.lang, 'error.config-invalid'))}\n`);
          return EXIT.cannotRun;
        }
        return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
      }),
    );
}
