import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FolderExceptions } from '../../model/evidence-tree.js';
import type { Workspace } from '../../model/workspace.js';
import { compareIndicatorIds } from '../../model/indicator-id.js';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { pushTo } from '../../util/push-to.js';

/** What fetching a link found (`check --online`): reachable, or the HTTP status or network failure. */
export interface LinkProbe {
  ok: boolean;
  /** `HTTP 404`, `timeout 10 s`, `ENOTFOUND`, `refused: private address 127.0.0.1`… */
  reason?: string;
  /** not fetched: the run's budget of requests or time was spent (`links-unchecked` counts them) */
  unchecked?: boolean;
}

/** Why a URL cannot be a news link, or null: WHATWG URL syntax, http or https, a host. */
export function urlProblem(url: string): { reason: 'syntax' } | { reason: 'scheme'; scheme: string } | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return { reason: 'syntax' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { reason: 'scheme', scheme: u.protocol.replace(/:$/, '') };
  return u.hostname ? null : { reason: 'syntax' };
}

/** The form two spellings of one address share (host case, default port, an empty path); `add --link` compares with it too. */
export function canonicalUrl(url: string): string {
  const u = new URL(url.trim());
  u.hash = '';
  return u.href.replace(/\/$/, '');
}

export interface LinkResult {
  diagnostics: Diagnostic[];
  /** by owning indicator, by material: the links that count (valid syntax and scheme) */
  valid: Map<string, Map<number, NewsLink[]>>;
}

/**
 * Findings about the news links of every evidence folder's index.yaml, located at their YAML line:
 * an unusable address (error: it does not count), a date before evidence_since, the same address
 * listed twice in the workspace (suggest same_as), and — when they were fetched — dead links.
 */
export function linkFindings(ws: Workspace, exceptions: Map<string, FolderExceptions>, probes?: Map<string, LinkProbe>): LinkResult {
  const out: Diagnostic[] = [];
  const valid = new Map<string, Map<number, NewsLink[]>>();
  const seen = new Map<string, { id: string; material: number }>();
  for (const owner of [...exceptions.keys()].sort(compareIndicatorIds)) {
    const ex = exceptions.get(owner)!;
    const count = ws.catalog.byId.get(owner)?.materials.length ?? 0;
    for (const [no, entry] of [...ex.byMaterial].sort((a, b) => a[0] - b[0])) {
      if (no > count) continue; // exception-invalid says so
      (entry.links ?? []).forEach((link, i) => {
        const where = (key: string) => ({
          ...ws.sources.locate(ex.file, ['materials', String(no), 'links', i, key]),
          indicator: owner,
          material: no,
        });
        const problem = urlProblem(link.url);
        if (problem) {
          out.push(diag('link-invalid', { url: link.url, ...problem }, where('url')));
          return;
        }
        const list = valid.get(owner) ?? new Map<number, NewsLink[]>();
        valid.set(owner, list);
        pushTo(list, no, link);
        if (link.date < ws.config.evidence_since)
          out.push(diag('evidence-too-old', { date: link.date, since: ws.config.evidence_since }, where('date')));
        const key = canonicalUrl(link.url);
        const first = seen.get(key);
        if (first) {
          const elsewhere = first.id !== owner || first.material !== no;
          const other = `${first.id}/${first.material}`;
          out.push(diag('link-duplicate', { url: link.url, other, sameAs: elsewhere ? other : undefined }, where('url')));
        } else seen.set(key, { id: owner, material: no });
        const probe = probes?.get(link.url.trim());
        if (probe && !probe.ok) out.push(diag('link-dead', { url: link.url, reason: probe.reason ?? '' }, where('url')));
      });
    }
  }
  return { diagnostics: out, valid };
}

/** Every address worth fetching in these index files (valid ones, each once). */
export function linksToProbe(exceptions: Iterable<FolderExceptions>): string[] {
  const urls = new Set<string>();
  for (const ex of exceptions)
    for (const entry of ex.byMaterial.values()) for (const l of entry.links ?? []) if (!urlProblem(l.url)) urls.add(l.url.trim());
  return [...urls];
}
