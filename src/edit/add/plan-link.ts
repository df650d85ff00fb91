import { canonicalUrl, urlProblem } from '../../check/evidence/link-rules.js';
import type { MessageRef } from '../../i18n/messages.js';
import type { FolderExceptions } from '../../model/evidence-tree.js';
import type { NewsLink } from '../../model/schemas/evidence-index.js';
import { compareIndicatorIds, indicatorIdFromFolder } from '../../model/indicator-id.js';

/**
 * Why a news link cannot be recorded for a material, or null: an address check accepts, not listed
 * anywhere yet. `byFolder`: the evidence tree's index.yaml contents, keyed by folder name (`009-双随机`).
 */
export function linkRefusal(
  byFolder: Map<string, FolderExceptions>,
  target: { owner: string; material: number },
  link: NewsLink,
): MessageRef | null {
  const problem = urlProblem(link.url);
  if (problem?.reason === 'scheme') return { key: 'add.link.scheme', args: { url: link.url, scheme: problem.scheme } };
  if (problem) return { key: 'add.link.syntax', args: { url: link.url } };
  // The same address twice is a finding of check (link-duplicate): refused here before it is written.
  const wanted = canonicalUrl(link.url);
  const exceptions = new Map([...byFolder].map(([folder, ex]) => [indicatorIdFromFolder(folder) ?? folder, ex]));
  for (const owner of [...exceptions.keys()].sort(compareIndicatorIds)) {
    for (const [no, entry] of exceptions.get(owner)!.byMaterial) {
      const same = (entry.links ?? []).some((l) => urlProblem(l.url) === null && canonicalUrl(l.url) === wanted);
      if (same)
        return {
          key: 'add.link.duplicate',
          args: { url: link.url, other: `${owner}/${no}`, here: owner === target.owner && no === target.material ? 1 : 0 },
        };
    }
  }
  return null;
}
