/** The CI hosts `ledger ci` writes for, and the file each one reads. */
export const CI_HOSTS = ['github', 'gitlab', 'gitea'] as const;
export type CiHost = (typeof CI_HOSTS)[number];

export const CI_FILE: Record<CiHost, string> = {
  github: '.github/workflows/ledger.yml',
  gitlab: '.gitlab-ci.yml',
  gitea: '.gitea/workflows/ledger.yml',
};

/** What the generated files depend on. */
export interface CiOptions {
  /** the branch pushes are checked on where the host has no default-branch variable (GitHub, Gitea) */
  branch: string;
  /** with no vendored kit, install `$LEDGER_PACKAGE` from the registry (else the job stops and says why) */
  registry: boolean;
  /** the Node.js major the jobs run on (an LTS line) */
  node: 22 | 24;
}

/** The host a git remote URL points at, or null when it cannot tell (then every host gets its file). */
export function hostOfRemote(url: string): CiHost | null {
  const u = url.toLowerCase();
  if (/(^|[@/.])github\.com[:/]/.test(u)) return 'github';
  if (u.includes('gitlab')) return 'gitlab';
  if (u.includes('gitea') || u.includes('forgejo') || u.includes('codeberg')) return 'gitea';
  return null;
}
