/**
 * The shell every host runs, written once: install ledger (the vendored kit first), pick the base
 * of the comparison, run the check, run the monthly report. Values from the event reach these
 * scripts through environment variables only, never interpolated into a command.
 */

/** How a host marks an error line in its log (GitHub and Gitea read `::error::`). */
export type ErrorPrefix = '::error::' | '';

/** Install ledger: the vendored kit in `.ledger/` (its SHA-256 checked, no registry), else `$LEDGER_PACKAGE` when allowed. */
export function installScript(registry: boolean, err: ErrorPrefix, variable: string, variablesWhere: string): string {
  const fallback = registry
    ? `elif [ -n "$LEDGER_PACKAGE" ]; then
  npm install --global --no-audit --no-fund "$LEDGER_PACKAGE"
else
  echo "${err}未设置${variable} LEDGER_PACKAGE（ledger 的安装来源，如 fazhi-ledger 或 git 地址），仓库中也没有 .ledger/kit.json。\\
请在 ${variablesWhere} 中添加后重新运行，或在本机运行 ledger ci --kit <安装包> 并提交 .ledger/ 目录。"
  exit 1
fi`
    : `else
  echo "${err}仓库中没有 .ledger/kit.json（随仓库提供的 ledger 离线安装包）。请在本机运行 ledger ci --kit <安装包> 并提交 .ledger/ 目录；需要从 npm 安装时，用 ledger ci --registry 重新生成本文件。"
  exit 1
fi`;
  return `if [ -f .ledger/kit.json ]; then
  # 随仓库提供的离线安装包：先核对 SHA-256，再安装，不访问任何软件源
  KIT=".ledger/$(node -p "require('./.ledger/kit.json').file")"
  echo "$(node -p "require('./.ledger/kit.json').sha256")  $KIT" | sha256sum -c -
  npm install --global --offline --no-audit --no-fund "./$KIT"
${fallback}
ledger --version
`;
}

/** The check of one change, writing the Markdown report; `extra` adds the host's own outputs. Exits with check's code. */
export function checkScript(extra: string[]): string {
  return `set +e
ledger check --changed "$BASE" --format markdown > ledger-report.md
code=$?
${extra.join('\n')}
exit $code
`;
}

/** The monthly run before the 4th: dead news links (--online) and the status page for leaders. */
export function monthlyScript(extra: string[]): string {
  return `set +e
ledger check --online --format markdown > ledger-monthly.md
code=$?
ledger status --html ledger-status.html
${extra.join('\n')}
exit $code
`;
}

/** Indent a block for a YAML literal scalar. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .trimEnd()
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}
