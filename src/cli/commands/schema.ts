import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { t } from '../../i18n/messages.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { relPath } from '../../util/paths.js';
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
        const { jsonSchemas } = await import('../../model/schemas/json-schemas.js');
        const dir = outputDir(ctx.io.cwd, flags.out, ctx.workspace, 'schemas');
        fs.mkdirSync(dir, { recursive: true });
        for (const [name, text] of jsonSchemas()) {
          const file = path.join(dir, name);
          const shown = relPath(ctx.io.cwd, file) || file;
          // These files are generated, so replacing them is what the user asked for; unchanged ones are not touched.
          if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) {
            ctx.io.out(`${t(ctx.lang, 'schema.unchanged', { file: shown })}\n`);
            continue;
          }
          writeFileAtomic(file, text);
          ctx.io.out(`${t(ctx.lang, 'schema.written', { file: shown })}\n`);
        }
        return EXIT.ok;
      }),
    );
}
