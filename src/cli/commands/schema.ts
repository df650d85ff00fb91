import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { relPath } from '../../util/paths.js';
import { writePlan } from '../apply-writes.js';
import { EXIT, type Runner } from '../context.js';
import { outputDir } from '../output-dir.js';

/** The options of `ledger schema`. */
interface SchemaFlags {
  out?: string;
}

export function registerSchema(program: Command, lang: Lang, runner: Runner): void {
  program
    .command('schema')
    .description(t(lang, 'help.cmd.schema'))
    .option('-o, --out <dir>', t(lang, 'help.schema.out'))
    .action((flags: SchemaFlags) =>
      runner(async (ctx) => {
        const { planSchemas } = await import('../../edit/init/plan-schemas.js');
        const dir = outputDir(ctx.io.cwd, flags.out, ctx.workspace, 'schemas');
        const plan = planSchemas(dir);
        const shown = (file: string): string => relPath(ctx.io.cwd, file) || file;
        await writePlan(
          ctx,
          plan.flatMap((p) => (p.write ? [p.write] : [])),
        );
        for (const p of plan) ctx.io.out(`${t(ctx.lang, p.write ? 'schema.written' : 'schema.unchanged', { file: shown(p.file) })}\n`);
        return EXIT.ok;
      }),
    );
}
