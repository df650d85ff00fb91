import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { CannotRunError } from '../diagnostics/cannot-run-error.js';
import { say, t } from '../i18n/messages.js';
import { registerAdd } from './commands/add.js';
import { registerAssign } from './commands/assign.js';
import { registerUnit } from './commands/unit.js';
import { registerUpgrade } from './commands/upgrade.js';
import { registerBundle } from './commands/bundle.js';
import { registerCheck } from './commands/check.js';
import { registerCatalog } from './commands/catalog.js';
import { registerCi } from './commands/ci.js';
import { registerCodeowners } from './commands/codeowners.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerRemind } from './commands/remind.js';
import { registerReview } from './commands/review.js';
import { registerSchema } from './commands/schema.js';
import { registerStatus } from './commands/status.js';
import { registerPack } from './commands/pack.js';
import { registerVerify } from './commands/verify.js';
import { registerRollup } from './commands/rollup.js';
import { registerNotice } from './commands/notice.js';
import { commanderMessage, commandPath, localizeCommander } from './commander-messages.js';
import { EXIT, type CliContext, type Runner } from './context.js';
import { processIo, resolveLang, styleFor, type Io } from './io.js';
import { findWorkspace } from './resolve-args.js';
import { Interrupted, recoverInterruptedWrites } from './apply-writes.js';
import { packageVersion } from './package-version.js';
import { visibleDeep, visibleText } from '../util/escape-invisible.js';

/** Entry point: parse, run one command, return the exit code. Never lets an exception escape. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = resolveLang(argv, io.env);
  const style = await styleFor(io);
  const verbose = argv.includes('--verbose');
  let code: number = EXIT.ok;

  const program = new Command('ledger');
  localizeCommander(program, lang);
  program
    .description(t(lang, 'help.program'))
    .option('-w, --workspace <dir>', t(lang, 'help.opt.workspace'))
    .addOption(new Option('--lang <lang>', t(lang, 'help.opt.lang')).choices(['zh', 'en']))
    .option('--verbose', t(lang, 'help.opt.verbose'))
    .version(packageVersion(), '-V, --version', t(lang, 'help.opt.version'))
    .exitOverride()
    // Parse errors are worded from the catalog below, not printed in commander's English.
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });

  // Each command hands its body to `runner`, which builds the context and maps errors to codes.
  const runner: Runner = async (run) => {
    const opts = program.opts<{ workspace?: string }>();
    const startDir = path.resolve(io.cwd, opts.workspace ?? '.');
    const ctx: CliContext = { io, lang, style, workspace: findWorkspace(io.cwd, opts.workspace), startDir, verbose };
    try {
      // An interrupted set of writes is made whole before anything reads the workspace.
      recoverInterruptedWrites(ctx);
      code = await run(ctx);
    } catch (e) {
      code = reportFailure(e, ctx, verbose);
    }
  };
  registerInit(program, lang, runner);
  registerCheck(program, lang, runner);
  registerStatus(program, lang, runner);
  registerRemind(program, lang, runner);
  registerNotice(program, lang, runner);
  registerExplain(program, lang, runner);
  registerSchema(program, lang, runner);
  registerExport(program, lang, runner);
  registerImport(program, lang, runner);
  registerBundle(program, lang, runner);
  registerAdd(program, lang, runner);
  registerReview(program, lang, runner);
  registerAssign(program, lang, runner);
  registerUnit(program, lang, runner);
  registerUpgrade(program, lang, runner);
  registerCodeowners(program, lang, runner);
  registerCi(program, lang, runner);
  registerCatalog(program, lang, runner);
  registerPack(program, lang, runner);
  registerVerify(program, lang, runner);
  registerRollup(program, lang, runner);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit through here with code 0; everything else is a usage error.
      if (e.exitCode === 0) return EXIT.ok;
      io.err(
        `${style.error(visibleText(commanderMessage(e, lang)))}\n${t(lang, 'commander.see-help', { command: commandPath(program, argv) })}\n`,
      );
      return EXIT.cannotRun;
    }
    return reportFailure(e, { io, lang, style, workspace: io.cwd, startDir: io.cwd, verbose }, verbose);
  }
  return code;
}

/** The one place that turns a thrown error into words and exit code 2. */
function reportFailure(e: unknown, ctx: CliContext, verbose: boolean): number {
  if (e instanceof Interrupted) {
    ctx.io.err(`${ctx.style.warning(t(ctx.lang, 'write.interrupted'))}\n`);
    return EXIT.interrupted;
  }
  if (e instanceof CannotRunError) {
    // The arguments name paths and values the user or a workbook gave: control characters shown, never acting.
    ctx.io.err(`${ctx.style.error(say(ctx.lang, e.ref, visibleDeep))}\n`);
    return EXIT.cannotRun;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  ctx.io.err(`${ctx.style.error(t(ctx.lang, 'error.internal', { detail: visibleText(err.message) }))}\n`);
  if (verbose && err.stack) ctx.io.err(`${err.stack}\n`);
  return EXIT.cannotRun;
}
