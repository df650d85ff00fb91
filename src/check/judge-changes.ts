import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../model/workspace.js';
import { evidenceOwner } from '../model/catalog.js';
import type { IndicatorCoverage } from '../model/coverage.js';
import { indicatorIdFromFolder, parseMaterialRef } from '../model/indicator-id.js';
import { placeEvidencePath } from '../model/evidence-tree.js';
import { unitsCarryingFolder } from '../model/responsibility.js';

/** Files whose change puts every finding in question: the rules and the catalog themselves. */
const GOVERNING = /^(?:ledger\.yaml|units\.yaml|indicators\/)/;

/** A material a change covers with a file it added or replaced, or with news links in the index.yaml it edited. */
export interface NewlyCovered {
  indicator: string;
  material: number;
  text: string;
  /** the changed files that cover it, then the addresses of its news links when the change edited its index.yaml */
  files: string[];
  /** ids of the units whose ledgers carry the indicator */
  units: string[];
}

export interface ChangeJudgement {
  /** the findings this change answers for keep their severity; the rest about touched indicators become info */
  diagnostics: Diagnostic[];
  /** indicators whose evidence the change touches (merged cells resolved to their owner and back) */
  touched: Set<string>;
  /** true when the change edits the rules or the catalog: then every finding is its own */
  governing: boolean;
  /** materials now covered by a file the change added or replaced */
  newlyCovered: NewlyCovered[];
}

/**
 * Judge a pull request by what it changed. A finding is the change's own when it is about a changed
 * file or YAML, a folder holding a changed file, a material whose files the change added, removed
 * or replaced, a 已完成 claim the change made or whose evidence it touched, or a `same_as` whose
 * target it touched. Findings about indicators it touches but did not cause (materials still
 * missing) are kept as information; everything else is not about this change and is left out.
 */
export function judgeChanges(
  ws: Workspace,
  diagnostics: Diagnostic[],
  changed: Set<string>,
  coverage: Map<string, IndicatorCoverage>,
): ChangeJudgement {
  const governing = [...changed].some((p) => GOVERNING.test(p));
  const newlyCovered = coveredBy(ws, changed, coverage);
  const all = new Set(ws.catalog.entries.map((e) => e.id));
  if (governing) return { diagnostics, touched: all, governing, newlyCovered };

  // Per owner indicator, the material numbers changed files are named for, and those files.
  const touchedMaterials = new Map<string, Set<number>>();
  const changedFilesOf = new Map<string, string>();
  const changedFolders = new Set<string>();
  for (const p of changed) {
    const parts = p.split('/');
    if (parts[0] !== 'evidence' || parts.length < 2) continue;
    for (let n = 2; n < parts.length; n++) changedFolders.add(parts.slice(0, n).join('/'));
    const id = indicatorIdFromFolder(parts[1]!);
    const entry = id ? ws.catalog.byId.get(id) : undefined;
    if (!entry) continue;
    const owner = evidenceOwner(entry);
    const nums = touchedMaterials.get(owner) ?? new Set<number>();
    // The place's own reading: below a unit folder (`@suo-1/2-x.pdf`) the naming starts one level down.
    for (const n of parts.length > 2 ? (placeEvidencePath(p).materials ?? []) : []) {
      nums.add(n);
      const key = `${owner}/${n}`;
      // The first changed file of a material is the one a finding names.
      if (!changedFilesOf.has(key)) changedFilesOf.set(key, p);
    }
    touchedMaterials.set(owner, nums);
  }
  const touched = new Set<string>();
  for (const e of ws.catalog.entries) if (touchedMaterials.has(evidenceOwner(e))) touched.add(e.id);

  const ownerOf = (id: string | null): string | null => {
    const e = id ? ws.catalog.byId.get(id) : undefined;
    return e ? evidenceOwner(e) : null;
  };
  const answers = (d: Diagnostic): boolean => {
    const owner = ownerOf(d.indicator);
    switch (d.code) {
      case 'material-missing':
        return owner !== null && d.material !== null && (touchedMaterials.get(owner)?.has(d.material) ?? false);
      case 'claim-without-evidence':
        return (d.file !== null && changed.has(d.file)) || (owner !== null && touchedMaterials.has(owner));
      case 'same-as-invalid': {
        const ref = parseMaterialRef(String(d.args.target ?? ''));
        const target = ref ? ownerOf(ref.id) : null;
        return (d.file !== null && changed.has(d.file)) || (target !== null && touchedMaterials.has(target));
      }
      case 'problem-evidence-missing':
        // Deleting the file a closed problem rests on is the change's fault too.
        return (d.file !== null && changed.has(d.file)) || changed.has(String(d.args.path ?? ''));
      case 'codeowners-stale':
        // A change of who carries what makes it stale: say so on the pull request that did it.
        return (d.file !== null && changed.has(d.file)) || [...changed].some((p) => p.startsWith('assignments/'));
      default:
        return d.file !== null && (changed.has(d.file) || (d.folder === true && changedFolders.has(d.file)));
    }
  };
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (answers(d)) out.push(d.code === 'material-missing' ? namingTheFile(d, ownerOf(d.indicator), changedFilesOf) : d);
    else if (d.indicator !== null && touched.has(d.indicator)) out.push({ ...d, severity: 'info' });
  }
  return { diagnostics: out, touched, governing, newlyCovered };
}

/**
 * A material the change left missing names the file it deleted or broke, so the annotation and the
 * summary say which one (a missing material otherwise points at no file).
 */
function namingTheFile(d: Diagnostic, owner: string | null, changedFilesOf: Map<string, string>): Diagnostic {
  const file = owner !== null && d.material !== null ? changedFilesOf.get(`${owner}/${d.material}`) : undefined;
  if (!file || (d.file !== null && !d.folder)) return d;
  const { folder: _folder, ...rest } = d;
  return { ...rest, file, args: { ...d.args, changedFile: file } };
}

/** Materials covered by a file among the changed paths, or by the news links of a changed index.yaml. */
function coveredBy(ws: Workspace, changed: Set<string>, coverage: Map<string, IndicatorCoverage>): NewlyCovered[] {
  const out: NewlyCovered[] = [];
  const editedIndex = new Set(
    [...changed].flatMap((p) => {
      const m = /^evidence\/([^/]+)\/index\.yaml$/.exec(p);
      const id = m ? indicatorIdFromFolder(m[1]!) : null;
      return id ? [id] : [];
    }),
  );
  for (const [id, c] of coverage) {
    if (c.owner !== id) continue; // merged cells once, at their owner
    for (const m of c.materials) {
      const links = editedIndex.has(id) ? m.links.map((l) => l.url) : [];
      const files = [...m.files.map((f) => f.rel).filter((rel) => changed.has(rel)), ...links];
      if (!m.covered || files.length === 0) continue;
      const units = unitsCarryingFolder(ws.catalog, ws.assignments, id);
      out.push({ indicator: id, material: m.no, text: m.text, files, units });
    }
  }
  return out;
}
