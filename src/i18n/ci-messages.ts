import { fixed, msg, type AnyMessage } from './lang.js';

/** Every sentence `ledger ci` prints, and the CI-only lines of the check formats. */
export const CI_TEXT = {
  'help.cmd.ci': fixed(
    '生成 CI 文件（GitHub、GitLab、Gitea），可把离线安装包放进仓库（.ledger/），使 CI 不访问软件源',
    'write the CI files (GitHub, GitLab, Gitea); can vendor the offline kit into .ledger/ so CI needs no registry',
  ),
  'help.ci.host': fixed(
    '只为这些平台生成（默认：按 git remote 判断，判断不出时全部生成）',
    'hosts to write for (default: from the git remote, else all)',
  ),
  'help.ci.kit': fixed(
    '把这个离线安装包（npm run pack-kit 生成的 .tgz）放进 .ledger/',
    'vendor this offline kit (.tgz from npm run pack-kit) into .ledger/',
  ),
  'help.ci.update': fixed(
    '替换 .ledger/ 中已有的安装包（默认用当前版本的 fazhi-ledger-<版本>.tgz）',
    'replace the vendored kit (default: fazhi-ledger-<version>.tgz of this version)',
  ),
  'help.ci.registry': fixed(
    '仓库中没有安装包时，CI 从 npm 安装（变量 LEDGER_PACKAGE）',
    'with no vendored kit, CI installs from the registry ($LEDGER_PACKAGE)',
  ),
  'help.ci.force': fixed('覆盖手工改过的 CI 文件', 'overwrite CI files edited by hand'),
  'ci.written': msg<'file'>({ zh: (a) => `已写入 ${a.file}`, en: (a) => `Wrote ${a.file}` }),
  'ci.unchanged': msg<'file'>({ zh: (a) => `${a.file} 已是最新，未改动`, en: (a) => `${a.file} is up to date; unchanged` }),
  'ci.hand-edited': msg<'file'>({
    zh: (a) => `${a.file} 是手工编写或改过的，未覆盖。要用生成的内容替换，请加 --force（先备份您的修改）。`,
    en: (a) =>
      `${a.file} was written or edited by hand; left as it is. Add --force to replace it with the generated one (keep a copy of your edits).`,
  }),
  'ci.hosts': msg<'hosts' | 'why'>({ zh: (a) => `CI 平台：${a.hosts}（${a.why}）`, en: (a) => `CI hosts: ${a.hosts} (${a.why})` }),
  'ci.hosts.remote': msg<'url'>({ zh: (a) => `按 git remote ${a.url}`, en: (a) => `from git remote ${a.url}` }),
  'ci.hosts.all': fixed('未能从 git remote 判断，全部生成', 'the git remote does not tell; all of them'),
  'ci.hosts.asked': fixed('按 --host', 'as asked by --host'),
  'ci.kit.vendored': msg<'file' | 'sha256' | 'version'>({
    zh: (a) => `已放入 ${a.file}（版本 ${a.version}，SHA-256 ${a.sha256}），写入 .ledger/kit.json。请提交 .ledger/ 目录。`,
    en: (a) => `Vendored ${a.file} (version ${a.version}, SHA-256 ${a.sha256}) and wrote .ledger/kit.json. Commit the .ledger/ folder.`,
  }),
  'ci.kit.same': msg<'version'>({
    zh: (a) => `.ledger/ 中已是版本 ${a.version} 的同一安装包，未改动`,
    en: (a) => `.ledger/ already holds this kit (version ${a.version}); unchanged`,
  }),
  'ci.kit.present': msg<'version'>({
    zh: (a) => `.ledger/ 中已有版本 ${a.version} 的安装包；要替换，请用 ledger ci --update。`,
    en: (a) => `.ledger/ already holds the kit of version ${a.version}; use ledger ci --update to replace it.`,
  }),
  'ci.kit.not-found': msg<'file'>({
    zh: (a) => `找不到安装包 ${a.file}。请先运行 npm run pack-kit（在 ledger 的源代码目录），或用 --kit 指定 .tgz 文件。`,
    en: (a) => `Kit ${a.file} not found. Build it with npm run pack-kit (in ledger's source folder), or name the .tgz with --kit.`,
  }),
  'ci.kit.invalid': msg<'detail' | 'file'>({
    zh: (a) => `${a.file} 不是 ledger 的离线安装包（${a.detail}）。请用 npm run pack-kit 生成的 fazhi-ledger-<版本>.tgz。`,
    en: (a) => `${a.file} is not a ledger offline kit (${a.detail}). Use the fazhi-ledger-<version>.tgz that npm run pack-kit builds.`,
  }),
  'ci.kit.version': msg<'file' | 'kit' | 'running'>({
    zh: (a) =>
      `安装包的版本是 ${a.kit}，而本机运行的是 ${a.running}：CI 应与本机运行同一版本。请先安装该安装包（npm install -g ${a.file}），或使用 ${a.running} 版的安装包。`,
    en: (a) =>
      `The kit is version ${a.kit} but this is ${a.running}: CI should run the version you run. ` +
      `Install that kit first (npm install -g ${a.file}) or use the kit of ${a.running}.`,
  }),
  'ci.next.commit': fixed('提交这些文件后，推送即触发检查。', 'Commit these files; the next push is checked.'),
  'ci.next.no-kit': fixed(
    '仓库中还没有离线安装包：CI 会停下并说明原因。请运行 ledger ci --kit <fazhi-ledger-版本.tgz>，或用 --registry 让 CI 从 npm 安装。',
    'No kit is vendored yet: CI will stop and say why. Run ledger ci --kit <fazhi-ledger-version.tgz>, or use --registry to let CI install from npm.',
  ),
  'github.more.error': msg<'count'>({
    zh: (a) => `另有 ${a.count} 个错误未逐条标注（GitHub 每类最多显示 10 条）：见本次运行的摘要。`,
    en: (a) => `${a.count} more error(s) not annotated (GitHub shows 10 per level): see the run's summary.`,
  }),
  'github.more.warning': msg<'count'>({
    zh: (a) => `另有 ${a.count} 个警告未逐条标注（GitHub 每类最多显示 10 条）：见本次运行的摘要。`,
    en: (a) => `${a.count} more warning(s) not annotated (GitHub shows 10 per level): see the run's summary.`,
  }),
} satisfies Record<string, AnyMessage>;
