import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { help, t } from '../i18n/ui-messages.js';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { registerCheck } from './commands/check.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerSchema } from './commands/schema.js';
import { EXIT, type CliContext } from './context.js';
import { processIo, resolveLang, styleFor, type Io } from './io.js';

export type Runner = (run: (ctx: CliContext) => Promise<number>) => Promise<void>;

/** Entry point: parse, run one command, return the exit code. Never lets an exception escape. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = resolveLang(argv, io.env);
  const style = await styleFor(io);
  const verbose = argv.includes('--verbose');
  let code: number = EXIT.ok;

  const program = new Command('ledger')
    .description(help(lang, 'program'))
    .option('-w, --workspace <dir>', help(lang, 'opt.workspace'))
    .addOption(new Option('--lang <lang>', help(lang, 'opt.lang')).choices(['zh', 'en']))
    .option('--verbose', help(lang, 'opt.verbose'))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  // Each command hands its body to `runner`, which builds the context and maps errors to codes.
  const runner: Runner = async (run) => {
    const opts = program.opts<{ workspace?: string }>();
    const ctx: CliContext = { io, lang, style, workspace: path.resolve(io.cwd, opts.workspace ?? '.') };
    try {
      code = await run(ctx);
    } catch (e) {
      code = reportFailure(e, ctx, verbose);
    }
  };
  registerInit(program, lang, runner);
  registerCheck(program, lang, runner);
  registerExplain(program, lang, runner);
  registerSchema(program, lang, runner);
  registerExport(program, lang, runner);
  registerImport(program, lang, runner);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    }
    return reportFailure(e, { io, lang, style, workspace: io.cwd }, verbose);
  }
  return code;
}

function reportFailure(e: unknown, ctx: CliContext, verbose: boolean): number {
  if (e instanceof CannotRunError) {
    ctx.io.err(`${ctx.style.error(t(ctx.lang, `error.${e.key}`, e.args))}\n`);
    return EXIT.cannotRun;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  ctx.io.err(`${ctx.style.error(t(ctx.lang, 'error.internal', { detail: err.message }))}\n`);
  if (verbose && err.stack) ctx.io.err(`${err.stack}\n`);
  return EXIT.cannotRun;
}
