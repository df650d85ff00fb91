import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { BaseRules } from '../../load/git-base-rules.js';
import type { Workspace } from '../../model/workspace.js';

/**
 * What a change does to the rules, one `rules-changed` finding per rule file it edits, for the
 * reviewer: settings changed (old → new), units added or removed, indicators whose materials
 * changed. The change is judged by the base's rules; this says what it would change.
 */
export function rulesChangedFindings(base: BaseRules, head: Workspace, changed: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const touched = (p: RegExp) => [...changed].some((c) => p.test(c));

  if (touched(/^ledger\.yaml$/)) {
    const flat = (o: unknown, prefix = ''): Map<string, string> => {
      const m = new Map<string, string>();
      if (o && typeof o === 'object' && !Array.isArray(o))
        for (const [k, v] of Object.entries(o)) for (const [kk, vv] of flat(v, prefix ? `${prefix}.${k}` : k)) m.set(kk, vv);
      else m.set(prefix, JSON.stringify(o));
      return m;
    };
    const before = flat(base.config);
    const after = flat(head.config);
    const keys = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
    const changes = keys.map((k) => `${k}: ${before.get(k) ?? '—'} → ${after.get(k) ?? '—'}`);
    if (changes.length) out.push(diag('rules-changed', { changes, catalog: 'no' }, { file: 'ledger.yaml' }));
  }

  if (touched(/^units\.yaml$/)) {
    const ids = (u: BaseRules['units']) => new Set(u.units.map((x) => x.id));
    const [b, h] = [ids(base.units), ids(head.units)];
    const removed = [...b].filter((id) => !h.has(id));
    const added = [...h].filter((id) => !b.has(id));
    const changes = [...removed.map((id) => `- ${id}`), ...added.map((id) => `+ ${id}`)];
    if (changes.length) out.push(diag('rules-changed', { changes, catalog: 'no' }, { file: 'units.yaml' }));
  }

  if (touched(/^indicators\//)) {
    const changes: string[] = [];
    for (const e of base.catalog.entries) {
      const now = head.catalog.byId.get(e.id);
      const was = e.materials.map((m) => m.text);
      const is = now?.materials.map((m) => m.text);
      if (!now) changes.push(`${e.id}: −`);
      else if (JSON.stringify(was) !== JSON.stringify(is)) changes.push(`${e.id}: ${was.length} → ${is!.length}`);
    }
    for (const e of head.catalog.entries) if (!base.catalog.byId.has(e.id)) changes.push(`${e.id}: +`);
    const file = [...changed].find((c) => c.startsWith('indicators/')) ?? 'indicators/';
    if (changes.length) out.push(diag('rules-changed', { changes, catalog: 'yes' }, { file }));
  }
  return out;
}
