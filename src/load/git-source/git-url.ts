/** A git source as given on the command line: the URL git fetches from and the ref after `@`, if any. */
export interface GitUrl {
  url: string;
  /** branch, tag or commit after a trailing `@`; null: the remote's HEAD */
  ref: string | null;
}

/** Transports git reads a repository over; `ext::` and `fd::` (commands, descriptors) are never accepted. */
const SCHEMES = new Set(['https', 'http', 'git', 'ssh', 'git+ssh', 'ssh+git', 'file']);

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const TRANSPORT_HELPER = /^[a-z][a-z0-9+.-]*::/i;
// `user@host:path` (git's scp-like form); a user is required so `C:\x` is never read as a host.
const SCP_LIKE = /^[a-z0-9._-]+@[a-z0-9.-]+:(?!\/\/)/i;
const SAFE_REF = /^[\w./-]+$/;

export type ParsedGitUrl = { ok: true; value: GitUrl } | { ok: false; reason: 'not-git' | 'unsafe' };

/** Whether a source string is meant as a git URL (a scheme or `user@host:path`), before asking git anything. */
export function looksLikeGitUrl(source: string): boolean {
  return SCHEME.test(source) || SCP_LIKE.test(source) || TRANSPORT_HELPER.test(source);
}

/**
 * Split `url[@ref]`. The ref is the part after the last `@` of the path (not of `user@host`).
 * Refuses other schemes (`ftp://`, `s3://`), transport helpers (`ext::sh -c …` would run a
 * command) and anything git could take for an option.
 */
export function parseGitUrl(source: string): ParsedGitUrl {
  if (source.startsWith('-') || TRANSPORT_HELPER.test(source)) return { ok: false, reason: 'unsafe' };
  let pathStart: number;
  const scheme = SCHEME.exec(source);
  if (scheme) {
    if (!SCHEMES.has(scheme[1]!.toLowerCase())) return { ok: false, reason: 'not-git' };
    const slash = source.indexOf('/', scheme[0].length);
    pathStart = slash < 0 ? source.length : slash;
  } else if (SCP_LIKE.test(source)) {
    pathStart = source.indexOf(':') + 1;
  } else {
    return { ok: false, reason: 'not-git' };
  }
  const at = source.lastIndexOf('@');
  if (at < pathStart) return { ok: true, value: { url: source, ref: null } };
  const ref = source.slice(at + 1);
  if (!SAFE_REF.test(ref) || ref.startsWith('-') || ref.includes('..')) return { ok: false, reason: 'unsafe' };
  return { ok: true, value: { url: source.slice(0, at), ref } };
}
